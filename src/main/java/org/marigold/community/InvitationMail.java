package org.marigold.community;

import java.util.Locale;
import org.marigold.mail.Mail;
import org.marigold.mail.MailWriter;
import org.marigold.platform.Wording;
import org.marigold.web.DisplayTime;

/**
 * A personal invitation, written in the invited person's language: who invites them, to which community and role,
 * the inviter's word if any, the link (theirs alone, good once, until when) and what to do if it was not expected.
 * A one-off message from a person: no List-Unsubscribe (nothing more comes unless someone invites them again).
 */
public final class InvitationMail {

    private InvitationMail() {
    }

    static Mail to(Invitation invitation, Locale language, String link) {
        String inviter = invitation.getCreatedBy() == null ? "Marigold" : invitation.getCreatedBy().getDisplayName();
        String community = invitation.getCommunity().getName();
        MailWriter mail = MailWriter.in(language)
                .paragraph("mail.invite.lead", inviter, community, Wording.of(language, "role." + invitation.getRole().name()));
        if (invitation.getNote() != null) {
            mail.paragraph("mail.invite.note", inviter, invitation.getNote());
        }
        return mail.link("mail.invite.action", link)
                .paragraph("mail.invite.expiry", DisplayTime.dateTime(invitation.getExpiresAt(), invitation.getCommunity().getTimeZone(), language))
                .paragraph("mail.invite.ignore")
                .to(invitation.getEmail(), "mail.invite.subject", inviter, community);
    }
}
