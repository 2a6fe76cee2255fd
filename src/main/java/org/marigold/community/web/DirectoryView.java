package org.marigold.community.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;

/** The public directory of listed communities. */
@Named
@RequestScoped
public class DirectoryView {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    private List<CommunityOverview> listed;
    /** Each listed community's next meeting, by the community's id (none when nothing is planned). */
    private Map<Long, Meeting> next;

    @PostConstruct
    void load() {
        listed = communities.directory(currentUser.idOrNull());
        next = meetings.next(listed.stream().map(o -> o.community().getId()).toList());
    }

    public List<CommunityOverview> getListed() {
        return listed;
    }

    public Map<Long, Meeting> getNext() {
        return next;
    }
}
