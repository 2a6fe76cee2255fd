package org.marigold.community;

import java.time.ZoneId;

/** What an admin sets for a community: how it is described and listed, where it meets, and how its records are kept. */
public record CommunitySettings(String name, String description, Visibility visibility, ZoneId timeZone, boolean anonymousRecords,
                                int commentDays) {

    public static CommunitySettings of(Community community) {
        return new CommunitySettings(community.getName(), community.getDescription(), community.getVisibility(), community.getTimeZone(),
                community.isAnonymousRecords(), community.getCommentDays());
    }

    public CommunitySettings keepingRecords(boolean anonymous, int daysForComments) {
        return new CommunitySettings(name, description, visibility, timeZone, anonymous, daysForComments);
    }

    public CommunitySettings meetingIn(ZoneId zone) {
        return new CommunitySettings(name, description, visibility, zone, anonymousRecords, commentDays);
    }

    public CommunitySettings describedAs(String newName, String newDescription, Visibility newVisibility) {
        return new CommunitySettings(newName, newDescription, newVisibility, timeZone, anonymousRecords, commentDays);
    }
}
