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

/** The home page: what waits for me as a presenter, my communities and their next meetings; or a welcome for visitors. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    private List<CommunityOverview> mine = List.of();
    /** Each of my communities' next meeting, by the community's id (none when nothing is planned). */
    private Map<Long, Meeting> next = Map.of();
    private List<MeetingService.PresenterReminder> reminders = List.of();

    @PostConstruct
    void load() {
        if (currentUser.isLoggedIn()) {
            mine = communities.mine(currentUser.requireId());
            next = meetings.next(mine.stream().map(o -> o.community().getId()).toList());
            reminders = meetings.reminders(currentUser.requireId());
        }
    }

    /** Problems of practice to write before my meetings, and "what I tried" to tell after them. */
    public List<MeetingService.PresenterReminder> getReminders() {
        return reminders;
    }

    public List<CommunityOverview> getMine() {
        return mine;
    }

    public Map<Long, Meeting> getNext() {
        return next;
    }
}
