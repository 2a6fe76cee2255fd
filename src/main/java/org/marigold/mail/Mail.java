package org.marigold.mail;

/**
 * A message ready to queue: already written in its recipient's language, as plain text and as HTML. Essential mail
 * (a password reset) is the only kind today, so none carries a List-Unsubscribe header.
 */
public record Mail(String recipient, String subject, String text, String html) {
}
