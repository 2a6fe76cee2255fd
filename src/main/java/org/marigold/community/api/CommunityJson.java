package org.marigold.community.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.marigold.community.CommunityOverview;
import org.marigold.meeting.Meeting;

/** A community as the API shows it. {@code myRole} is null when the caller is not a member. */
@JsonbNillable
public record CommunityJson(String slug, String name, String description, String visibility, long memberCount,
                            String myRole, NextMeeting nextMeeting) {

    public record NextMeeting(long id, String title, Instant startsAt, int durationMinutes, String status) {
        static NextMeeting of(Meeting meeting) {
            return meeting == null ? null : new NextMeeting(meeting.getId(), meeting.getTitle(), meeting.getStartsAt(),
                    meeting.getDurationMinutes(), meeting.getStatus().name());
        }
    }

    /** The community as the caller sees it, with its next meeting (null when none is planned). */
    public static CommunityJson of(CommunityOverview overview, Meeting next) {
        var community = overview.community();
        return new CommunityJson(community.getSlugValue(), community.getName(), community.getDescription(),
                community.getVisibility().name(), overview.memberCount(),
                overview.myRole() == null ? null : overview.myRole().name(), NextMeeting.of(next));
    }
}
