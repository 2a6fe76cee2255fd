package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * On a meeting's page before it starts: members take turns presenting (one volunteers while nobody presents, the
 * presenter can step back), and everyone sees what last meeting's presenter chose to try and tried.
 */
@Named
@ViewScoped
public class PresenterView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingLiveView live;

    private MeetingService.LastTime lastTime;
    private boolean lastTimeRead;

    public void volunteer() {
        try {
            meetings.volunteer(currentUser.requireId(), live.getMeetingId());
            PageMessages.info("presenter.volunteer.done");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "presenter");
        }
        live.refresh();
    }

    public void withdraw() {
        try {
            meetings.withdraw(currentUser.requireId(), live.getMeetingId());
            PageMessages.info("presenter.withdraw.done");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "presenter");
        }
        live.refresh();
    }

    /** The community's previous meeting with a presenter, read once per page. */
    public MeetingService.LastTime getLastTime() {
        if (!lastTimeRead) {
            lastTime = meetings.lastTime(currentUser.requireId(), live.getMeetingId()).orElse(null);
            lastTimeRead = true;
        }
        return lastTime;
    }
}
