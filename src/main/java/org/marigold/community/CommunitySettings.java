package org.marigold.community;

import java.time.ZoneId;

/**
 * What an admin sets for a community: how it is described and listed, where it meets, how its records are kept, and
 * who is mailed a meeting's summary.
 */
public record CommunitySettings(String name, String description, Visibility visibility, ZoneId timeZone, boolean anonymousRecords,
                                int commentDays, boolean summariesToAll) {

    public static CommunitySettings of(Community community) {
        return new CommunitySettings(community.getName(), community.getDescription(), community.getVisibility(), community.getTimeZone(),
                community.isAnonymousRecords(), community.getCommentDays(), community.isSummariesToAll());
    }

    public CommunitySettings keepingRecords(boolean anonymous, int daysForComments) {
        return new CommunitySettings(name, description, visibility, timeZone, anonymous, daysForComments, summariesToAll);
    }

    public CommunitySettings meetingIn(ZoneId zone) {
        return new CommunitySettings(name, description, visibility, zone, anonymousRecords, commentDays, summariesToAll);
    }

    public CommunitySettings describedAs(String newName, String newDescription, Visibility newVisibility) {
        return new CommunitySettings(newName, newDescription, newVisibility, timeZone, anonymousRecords, commentDays, summariesToAll);
    }

    /** The summary after a meeting goes to every member (true), or only to those who came, the others getting a digest. */
    public CommunitySettings summarisingTo(boolean all) {
        return new CommunitySettings(name, description, visibility, timeZone, anonymousRecords, commentDays, all);
    }
}
