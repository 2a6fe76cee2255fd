package org.marigold.schedule;

import org.marigold.account.Account;
import org.marigold.community.Membership;
import org.marigold.mail.Mail;
import org.marigold.mail.MailWriter;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.Place;
import org.marigold.web.DisplayTime;

/**
 * A meeting's reminder for one member, in their language and with the time in their zone (the meeting's instant, so
 * a change of daylight saving time between the reminder and the meeting is already counted): where to meet, what
 * problem is brought, "Will you come?" answered from the mail (each answer a link to a page that confirms it, under the
 * member's own key), the meeting's page, the meeting as a calendar file, and how to stop these reminders. The presenter is asked for the problem of practice while it is unwritten.
 */
public final class ReminderMail {

    private ReminderMail() {
    }

    public static Mail to(Membership member, String mailKey, Meeting meeting, MeetingReminders.Kind kind, String base, String calendar) {
        Account person = member.getAccount();
        String when = DisplayTime.dateTime(meeting.getStartsAt(), person.getTimeZone(), person.getLanguage());
        String community = meeting.getCommunity().getName();
        MailWriter mail = MailWriter.in(person.getLanguage())
                .paragraph("mail.greeting", person.getDisplayName())
                .paragraph("mail.reminder." + kind.name(), meeting.getTitle(), community, when);
        Place place = meeting.getPlace();
        if (place.getRoom() != null) {
            mail.paragraph("mail.reminder.room", place.getRoom());
        }
        if (place.getCallLink() != null) {
            mail.link("mail.reminder.call", place.getCallLink());
        }
        boolean written = meeting.getProblem() != null && meeting.getProblem().isWritten();
        if (written && meeting.getPresenter() != null) {
            mail.paragraph("mail.reminder.problem", meeting.getPresenter().getDisplayName(), meeting.getProblem().getTitle());
        }
        if (!written && meeting.getPresenter() != null && meeting.getPresenter().getId().equals(person.getId())) {
            mail.paragraph("mail.reminder.writeProblem").link("mail.reminder.prepare", base + "/meeting/prepare.xhtml?m=" + meeting.getId());
        }
        String answer = base + "/rsvp.xhtml?k=" + mailKey + "&m=" + meeting.getId() + "&a=";
        mail.paragraph("rsvp.question")
                .link("mail.reminder.yes", answer + "YES").link("mail.reminder.maybe", answer + "MAYBE").link("mail.reminder.no", answer + "NO")
                .link("mail.reminder.open", base + "/meeting/live.xhtml?m=" + meeting.getId())
                .paragraph("mail.reminder.calendar")
                .paragraph("mail.reminder.why", community)
                .link("mail.reminder.stop", base + "/unsubscribe.xhtml?k=" + mailKey);
        return mail.to(person.getEmail(), "mail.reminder.subject." + kind.name(), meeting.getTitle())
                .stoppedAt(base + "/api/mail/stop?k=" + mailKey, calendar);
    }
}
