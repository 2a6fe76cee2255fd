package org.marigold.meeting.record;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.community.MailKind;
import org.marigold.community.Membership;
import org.marigold.mail.Mail;
import org.marigold.mail.MailWriter;
import org.marigold.meeting.Meeting;
import org.marigold.web.DisplayTime;

/**
 * After a meeting, for one member in their language and zone: the summary for those who came (the problem of
 * practice, what was recommended, the presenter's reflection) or the digest for those who missed it (how many came,
 * the first recommendations); both with the record's link, how long it takes comments, and how to stop this kind of
 * mail. Nobody is named.
 */
public final class MeetingSummaryMail {

    /** What the meeting brought, read once for all its mail. */
    record Content(Meeting meeting, List<String> recommendations, List<String> reflection, int said, Set<Long> present, Instant commentsUntil) {

        boolean came(Account person) {
            return present.contains(person.getId());
        }
    }

    private MeetingSummaryMail() {
    }

    static Mail summary(Membership member, String mailKey, Content content, String base) {
        Account person = member.getAccount();
        Meeting meeting = content.meeting();
        MailWriter mail = MailWriter.in(person.getLanguage())
                .paragraph("mail.greeting", person.getDisplayName())
                .paragraph(content.came(person) ? "mail.summary.thanks" : "mail.summary.forAll", meeting.getTitle(),
                        meeting.getCommunity().getName(), when(content, person));
        if (meeting.getProblem() != null && meeting.getProblem().isWritten() && meeting.getPresenter() != null) {
            mail.paragraph("mail.summary.problem", meeting.getProblem().getTitle());
        }
        if (!content.recommendations().isEmpty()) {
            mail.paragraph("mail.summary.recommendations")
                    .list(content.recommendations().subList(0, Math.min(MeetingSummaries.LISTED, content.recommendations().size())));
        }
        if (!content.reflection().isEmpty()) {
            mail.paragraph("mail.summary.reflection").list(content.reflection());
        }
        if (content.recommendations().isEmpty() && content.reflection().isEmpty()) {
            mail.paragraph("mail.summary.said", content.said());
        }
        return ending(mail, member, mailKey, content, base, MailKind.SUMMARIES)
                .to(person.getEmail(), "mail.summary.subject", meeting.getTitle()).stoppedAt(stop(base, mailKey, MailKind.SUMMARIES), null);
    }

    static Mail digest(Membership member, String mailKey, Content content, String base) {
        Account person = member.getAccount();
        Meeting meeting = content.meeting();
        MailWriter mail = MailWriter.in(person.getLanguage())
                .paragraph("mail.greeting", person.getDisplayName())
                .paragraph("mail.digest.missed", meeting.getTitle(), meeting.getCommunity().getName(), when(content, person), content.present().size());
        if (!content.recommendations().isEmpty()) {
            mail.paragraph("mail.digest.recommendations")
                    .list(content.recommendations().subList(0, Math.min(MeetingSummaries.LISTED_IN_DIGEST, content.recommendations().size())));
        }
        return ending(mail, member, mailKey, content, base, MailKind.DIGESTS)
                .to(person.getEmail(), "mail.digest.subject", meeting.getTitle()).stoppedAt(stop(base, mailKey, MailKind.DIGESTS), null);
    }

    private static String when(Content content, Account person) {
        return DisplayTime.dateTime(content.meeting().getStartsAt(), person.getTimeZone(), person.getLanguage());
    }

    /** The one-click stop address (List-Unsubscribe) of this kind of mail. */
    private static String stop(String base, String mailKey, MailKind kind) {
        return base + "/api/mail/stop?k=" + mailKey + "&kind=" + kind.lowerCase();
    }

    /** The record's link, its comments' window, why this came and how to stop it. */
    private static MailWriter ending(MailWriter mail, Membership member, String mailKey, Content content, String base, MailKind kind) {
        Account person = member.getAccount();
        mail.link("mail.summary.open", base + "/meeting/record.xhtml?m=" + content.meeting().getId());
        if (content.commentsUntil() != null) {
            mail.paragraph("mail.summary.comments", DisplayTime.dateTime(content.commentsUntil(), person.getTimeZone(), person.getLanguage()));
        }
        return mail.paragraph("mail." + kind.lowerCase() + ".why", member.getCommunity().getName())
                .link("mail." + kind.lowerCase() + ".stop", base + "/unsubscribe.xhtml?k=" + mailKey + "&kind=" + kind.lowerCase());
    }
}
