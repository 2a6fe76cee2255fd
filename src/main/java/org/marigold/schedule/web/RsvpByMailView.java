package org.marigold.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.marigold.community.MailKeys;
import org.marigold.community.Membership;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.schedule.Rsvp;
import org.marigold.schedule.ScheduleService;
import org.marigold.web.PageMessages;

/**
 * rsvp.xhtml: "Will you come?" answered from a reminder's link, without logging in ({@code k}, the member's key;
 * {@code m}, the meeting; {@code a}, the answer the link was for). Opening it changes nothing (mail scanners open
 * links): it shows the meeting and asks to confirm the answer with one press.
 */
@Named
@RequestScoped
public class RsvpByMailView {

    @Inject
    MailKeys keys;

    @Inject
    ScheduleService schedules;

    @Inject
    MeetingService meetings;

    private Optional<Membership> member;
    private Optional<Meeting> meeting;
    private Rsvp.Answer given;

    /** The member the link's key names; read from the address itself, as the form posts back to it. */
    public Membership getMember() {
        if (member == null) {
            member = keys.member(sent().get("k"));
        }
        return member.orElse(null);
    }

    /** The meeting, if it belongs to that member's community. */
    public Meeting getMeeting() {
        if (meeting == null) {
            Membership known = getMember();
            meeting = known == null ? Optional.empty() : number(sent().get("m")).flatMap(meetings::find)
                    .filter(m -> m.getCommunity().getId().equals(known.getCommunity().getId()));
        }
        return meeting.orElse(null);
    }

    /** The answer the link was for. */
    public Rsvp.Answer getAnswer() {
        try {
            return Rsvp.Answer.valueOf(String.valueOf(sent().get("a")));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public Rsvp.Answer[] getAnswers() {
        return Rsvp.Answer.values();
    }

    public void confirm(Rsvp.Answer answer) {
        if (getMeeting() == null) {
            PageMessages.error(null, "rsvp.byMail.unknown");
            return;
        }
        try {
            given = schedules.answerByMail(getMember(), getMeeting().getId(), answer);
            PageMessages.info("rsvp.thanks." + given);
        } catch (Rejected rejected) {
            PageMessages.error(null, rejected.messageKey(), rejected.arguments());
        } catch (NotFound gone) {
            PageMessages.error(null, "rsvp.byMail.unknown");
        }
    }

    /** The answer just given on this page, or null. */
    public Rsvp.Answer getGiven() {
        return given;
    }

    private static Map<String, String> sent() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(String.valueOf(text).strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
