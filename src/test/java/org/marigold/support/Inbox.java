package org.marigold.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) the app under test sends to, on a fixed port chosen when the tests start so that the
 * deployment's configuration can name it. It can be stopped and started again, like a mail server that goes away.
 * A test class holds one as a static {@code @RegisterExtension}: it runs for the class's tests.
 */
public final class Inbox implements BeforeAllCallback, AfterAllCallback {

    private final int port;
    private GreenMail server;

    public Inbox() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
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
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
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
