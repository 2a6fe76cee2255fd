package org.marigold.schedule.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.web.MeetingLiveView;
import org.marigold.platform.Rejected;
import org.marigold.schedule.Rsvp;
import org.marigold.schedule.ScheduleService;
import org.marigold.web.PageMessages;

/** "Will you come?" on a meeting's page before it starts: each person answers; everyone sees how many will come. */
@Named
@ViewScoped
public class RsvpView implements Serializable {

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingLiveView live;

    public void answer(Rsvp.Answer answer) {
        try {
            schedules.answer(currentUser.requireId(), live.getMeetingId(), answer); // thanked in the form, which goes when the meeting begins
        } catch (Rejected rejected) {
            PageMessages.error(null, rejected.messageKey(), rejected.arguments());
        }
    }

    public Rsvp.Answer getMine() {
        return schedules.myAnswer(currentUser.requireId(), live.getMeetingId()).orElse(null);
    }

    /** Counts by answer name ("YES"), as the page reads them. */
    public Map<String, Long> getCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        schedules.answers(currentUser.requireId(), live.getMeetingId()).forEach((answer, count) -> counts.put(answer.name(), count));
        return counts;
    }

    public Rsvp.Answer[] getAnswers() {
        return Rsvp.Answer.values();
    }
}
