package org.marigold.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.platform.Rejected;
import org.marigold.schedule.Rsvp;
import org.marigold.schedule.ScheduleService;
import org.marigold.web.PageMessages;

/**
 * "Will you come?" on a meeting's page before it starts: each person answers; everyone sees how many will come. The page
 * names the meeting (meeting/live.xhtml composes it with the meeting's own view); what is read is kept for the request.
 */
@Named
@RequestScoped
public class RsvpView {

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentUser currentUser;

    private Long readFor;
    private Rsvp.Answer mine;
    private final Map<String, Long> counts = new HashMap<>();

    public void answer(long meetingId, Rsvp.Answer answer) {
        try {
            schedules.answer(currentUser.requireId(), meetingId, answer); // thanked in the form, which goes when the meeting begins
        } catch (Rejected rejected) {
            PageMessages.error(null, rejected.messageKey(), rejected.arguments());
        }
        readFor = null; // the form re-renders with the answer just given
    }

    public Rsvp.Answer mine(long meetingId) {
        read(meetingId);
        return mine;
    }

    /** Counts by answer name ("YES"), as the page reads them. */
    public Map<String, Long> counts(long meetingId) {
        read(meetingId);
        return counts;
    }

    private void read(long meetingId) {
        if (readFor != null && readFor == meetingId) {
            return;
        }
        long me = currentUser.requireId();
        mine = schedules.myAnswer(me, meetingId).orElse(null);
        counts.clear();
        schedules.answers(me, meetingId).forEach((answer, count) -> counts.put(answer.name(), count));
        readFor = meetingId;
    }

    public Rsvp.Answer[] getAnswers() {
        return Rsvp.Answer.values();
    }
}
