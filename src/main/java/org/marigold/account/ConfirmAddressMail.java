package org.marigold.account;

import org.marigold.mail.Mail;
import org.marigold.mail.MailWriter;

/** The message that asks a new account (or one changing its address) to confirm the address, in the account's language. Essential: no List-Unsubscribe. */
public final class ConfirmAddressMail {

    private ConfirmAddressMail() {
    }

    public static Mail to(Account account, String link) {
        return MailWriter.in(account.getLanguage())
                .paragraph("mail.greeting", account.getDisplayName())
                .paragraph("mail.confirm.why", account.getAddressToConfirm())
                .link("mail.confirm.action", link)
                .paragraph("mail.confirm.expiry")
                .to(account.getAddressToConfirm(), "mail.confirm.subject");
    }
}
