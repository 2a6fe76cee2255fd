package org.marigold.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server messages leave by, from MicroProfile Config ({@code marigold.smtp.*}, or MARIGOLD_SMTP_HOST and so
 * on). Without a host there is none, and the outbox keeps its messages (the embedded default).
 */
@ApplicationScoped
public class MailServer {

    /** Long enough for a slow server, short enough that a worker never holds a claim past {@link Outbox#CLAIM} (SMTP and IMAP alike). */
    static final String TIMEOUT_MILLIS = "30000";

    @Inject
    @ConfigProperty(name = "marigold.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "marigold.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "marigold.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "marigold.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "marigold.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "marigold.mail.from", defaultValue = "Marigold <marigold@localhost>")
    String from;

    /** The envelope's sender (Return-Path): where mail servers send their delivery reports, the bounce mailbox. */
    @Inject
    @ConfigProperty(name = "marigold.mail.return-path")
    Optional<String> returnPath;

    private volatile Session session;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Hands the message to the SMTP server; throws when it is unreachable or refuses it. */
    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session());
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        // Plain text first: a reader shows the last part it understands.
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        if (message.getCalendarBody() == null) {
            mime.setContent(alternative);
        } else {
            MimeBodyPart words = new MimeBodyPart();
            words.setContent(alternative);
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(message.getCalendarBody(), "text/calendar; charset=UTF-8; method=PUBLISH");
            calendar.setFileName("meeting.ics");
            mime.setContent(new MimeMultipart("mixed", words, calendar));
        }
        if (message.getUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        Transport.send(mime);
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", Integer.toString(port));
            properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
            properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
            returnPath.filter(address -> !address.isBlank()).ifPresent(address -> properties.put("mail.smtp.from", address));
            Authenticator login = user.isEmpty() ? null : new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
            session = Session.getInstance(properties, login);
        }
        return session;
    }
}
