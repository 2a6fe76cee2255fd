package org.marigold.account;

import org.marigold.mail.Mail;
import org.marigold.mail.MailWriter;

/** The message that asks a new account to confirm its address, in the account's language. Essential: no List-Unsubscribe. */
public final class ConfirmAddressMail {

    private ConfirmAddressMail() {
    }

    public static Mail to(Account account, String link) {
        return MailWriter.in(account.getLanguage())
                .paragraph("mail.greeting", account.getDisplayName())
                .paragraph("mail.confirm.why", account.getEmail())
                .link("mail.confirm.action", link)
                .paragraph("mail.confirm.expiry")
                .to(account.getEmail(), "mail.confirm.subject");
    }
}
