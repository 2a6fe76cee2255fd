package org.marigold.account;

import org.marigold.mail.Mail;
import org.marigold.mail.MailWriter;

/** The message carrying a password reset link, in the account's language. Essential: no List-Unsubscribe. */
public final class PasswordResetMail {

    private PasswordResetMail() {
    }

    public static Mail to(Account account, String link) {
        return MailWriter.in(account.getLanguage())
                .paragraph("mail.greeting", account.getDisplayName())
                .paragraph("mail.reset.why", account.getEmail())
                .link("mail.reset.action", link)
                .paragraph("mail.reset.expiry")
                .paragraph("mail.reset.ignore")
                .to(account.getEmail(), "mail.reset.subject");
    }

    /** The first link of an account made when its community was imported here: it has no password yet. */
    public static Mail welcome(Account account, String community, String link) {
        return MailWriter.in(account.getLanguage())
                .paragraph("mail.greeting", account.getDisplayName())
                .paragraph("mail.welcome.why", community, account.getEmail())
                .link("mail.welcome.action", link)
                .paragraph("mail.welcome.expiry")
                .to(account.getEmail(), "mail.welcome.subject", community);
    }
}
