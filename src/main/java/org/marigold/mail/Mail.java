package org.marigold.mail;

/**
 * A message ready to queue: already written in its recipient's language, as plain text and as HTML. Mail a person
 * may stop (a reminder) names the address that stops it, {@code unsubscribe}, sent as List-Unsubscribe (one click,
 * RFC 8058); essential mail (a password reset) has none. {@code calendar}, when there is one, is an iCalendar file
 * sent along (a meeting to add to one's calendar).
 */
public record Mail(String recipient, String subject, String text, String html, String unsubscribe, String calendar) {

    /** Essential mail: no unsubscribe, no calendar file. */
    public Mail(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null, null);
    }

    /** The same message, stopped at this address and carrying this calendar file. */
    public Mail stoppedAt(String address, String calendarFile) {
        return new Mail(recipient, subject, text, html, address, calendarFile);
    }
}
