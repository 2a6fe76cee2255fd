package org.marigold.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (GreenMail) the app under test sends to, on a fixed port chosen when the tests start so that the
 * deployment's configuration can name it. It can be stopped and started again, like a mail server that goes away.
 * A test class holds one as a static {@code @RegisterExtension}: it runs for the class's tests.
 */
public final class Inbox implements BeforeAllCallback, AfterAllCallback {

    /** The mailbox delivery reports come back to, read by the app over IMAP ({@link #bounceMailbox}). */
    public static final String BOUNCES = "bounces@example.org";
    private static final String BOUNCES_PASSWORD = "bounce-mailbox-password";

    private final int port;
    private final int imapPort;
    private GreenMail server;
    private SMTPServer refusing;

    public Inbox() {
        port = PayaraProcess.freeLoopbackPort();
        imapPort = PayaraProcess.freeLoopbackPort();
    }

    public int port() {
        return port;
    }

    /** The settings that make the app read {@link #BOUNCES} over this server's IMAP, and send with it as return path. */
    public String[] bounceMailbox() {
        return new String[] {"marigold.mail.return-path=" + BOUNCES, "marigold.mail.bounces.imap-host=127.0.0.1",
            "marigold.mail.bounces.imap-port=" + imapPort, "marigold.mail.bounces.imap-tls=false",
            "marigold.mail.bounces.imap-user=" + BOUNCES, "marigold.mail.bounces.imap-password=" + BOUNCES_PASSWORD};
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public void start() {
        server = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(BOUNCES, BOUNCES, BOUNCES_PASSWORD);
    }

    public void stop() {
        server.stop();
    }

    /**
     * In place of the inbox, until {@link #start}: a mail server that refuses every recipient for good, answering RCPT
     * TO with {@code reply} (e.g. "550 5.1.1 User unknown"), as one does for a mailbox that does not exist.
     */
    public void refuseEveryone(String reply) {
        server.stop();
        int code = Integer.parseInt(reply.substring(0, 3));
        String words = reply.substring(4);
        refusing = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress()).messageHandlerFactory(context -> new MessageHandler() {
            @Override
            public void from(String from) {
            }

            @Override
            public void recipient(String recipient) throws RejectException {
                throw new RejectException(code, words);
            }

            @Override
            public String data(InputStream data) {
                return null;
            }

            @Override
            public void done() {
            }
        }).build();
        refusing.start();
    }

    /** Ends {@link #refuseEveryone}: the inbox takes mail again (what it held before is gone, as after any restart). */
    public void acceptAgain() {
        refusing.stop();
        refusing = null;
        start();
    }

    /**
     * A mail server's delivery report (RFC 3464) arrives in the bounce mailbox: the message to {@code address} could
     * not be delivered, for {@code diagnostic} ("550 5.1.1 User unknown").
     */
    public void bounceBack(String address, String diagnostic) {
        String raw = String.join("\r\n",
                    "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>",
                    "To: " + BOUNCES,
                    "Subject: Undelivered Mail Returned to Sender",
                    "MIME-Version: 1.0",
                    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"",
                    "",
                    "--dsn",
                    "Content-Type: text/plain; charset=us-ascii",
                    "",
                    "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
                    "",
                    "--dsn",
                    "Content-Type: message/delivery-status",
                    "",
                    "Reporting-MTA: dns; mail.example.org",
                    "Arrival-Date: Thu,  3 Dec 2026 10:00:00 +0000 (UTC)",
                    "",
                    "Final-Recipient: rfc822; " + address,
                    "Original-Recipient: rfc822;" + address,
                    "Action: failed",
                    "Status: 5.1.1",
                    "Remote-MTA: dns; mx.example.net",
                    "Diagnostic-Code: smtp; " + diagnostic,
                    "",
                    "--dsn--",
                    "");
        toBounceMailbox(raw);
    }

    /** Someone's out-of-office reply lands in the bounce mailbox (the return path): it is no delivery report. */
    public void outOfOfficeToBounceMailbox() {
        toBounceMailbox(String.join("\r\n", "From: Sam <sam@example.net>", "To: " + BOUNCES, "Subject: Out of office",
                "Content-Type: text/plain; charset=us-ascii", "", "I am away until Monday.", ""));
    }

    private void toBounceMailbox(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
            server.getUserManager().getUser(BOUNCES).deliver(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many messages the bounce mailbox still holds (read ones the app left there included). */
    public int inBounceMailbox() {
        try {
            return server.getManagers().getImapHostManager().getInbox(server.getUserManager().getUser(BOUNCES)).getMessageCount();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message delivered to this address so far. */
    public List<MimeMessage> to(String address) {
        return to(address, "");
    }

    /** The messages delivered to this address so far whose subject holds these words ("password", "In a week"). */
    public List<MimeMessage> to(String address, String subject) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))
                        && message.getSubject().contains(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits until this address has received {@code count} messages, and returns them; fails after {@code patience}. */
    public List<MimeMessage> await(String address, int count, Duration patience) {
        return await(address, "", count, patience);
    }

    /** Waits until this address has received {@code count} messages whose subject holds these words. */
    public List<MimeMessage> await(String address, String subject, int count, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (to(address, subject).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(address + " received " + to(address, subject).size() + " of " + count + " messages about '" + subject + "'");
            }
            // Blocks until one more message arrives anywhere, or half a second passes.
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        return to(address, subject);
    }

    /** The first address in the message's plain text that leads to this page ("reset-password.xhtml"). */
    public static String linkTo(MimeMessage message, String page) {
        String text = part(message, "text/plain");
        Matcher link = Pattern.compile("http\\S+/" + Pattern.quote(page) + "\\S*").matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link to " + page + " in: " + text);
        }
        return link.group();
    }

    /** The text of the message's part of this type (text/plain, text/html). */
    public static String part(MimeMessage message, String type) {
        try {
            String found = part((Multipart) message.getContent(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part");
            }
            return found;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Looks through nested parts too (a message with an attachment holds its words in a part of its own). */
    private static String part(Multipart parts, String type) throws IOException, MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                Object content = part.getContent();
                return content instanceof String text ? text : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
            }
            if (part.getContent() instanceof Multipart inner) {
                String found = part(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A header of the message ("List-Unsubscribe"), or null. */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
