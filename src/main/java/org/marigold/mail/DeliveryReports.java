package org.marigold.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a delivery status notification (RFC 3464: {@code multipart/report; report-type=delivery-status}), the mail a
 * mail server sends back when it could not deliver. Only recipients it gave up on for good count ({@code Action:
 * failed}, a 5.x.x status); delays, auto-replies and anything else are not bounces.
 */
public final class DeliveryReports {

    /** An address that bounced, and what the report says of it (the diagnostic code, else the status). */
    public record Failed(String address, String reason) {
    }

    private DeliveryReports() {
    }

    public static List<Failed> failedIn(Part message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")
                || !"delivery-status".equalsIgnoreCase(new ContentType(message.getContentType()).getParameter("report-type"))) {
            return List.of();
        }
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                return failedIn(read(part));
            }
        }
        return List.of();
    }

    /** The report's fields: one block for the message, then one per recipient, blocks parted by empty lines. */
    static List<Failed> failedIn(InputStream fields) throws MessagingException, IOException {
        List<Failed> failed = new ArrayList<>();
        new InternetHeaders(fields); // about the message as a whole
        while (fields.available() > 0) {
            InternetHeaders recipient = new InternetHeaders(fields);
            String action = recipient.getHeader("Action", null);
            String status = recipient.getHeader("Status", null);
            String finalRecipient = recipient.getHeader("Final-Recipient", null);
            if (finalRecipient == null || action == null || !"failed".equalsIgnoreCase(action.strip())
                    || status == null || !status.strip().startsWith("5")) {
                continue;
            }
            String diagnostic = recipient.getHeader("Diagnostic-Code", null);
            failed.add(new Failed(afterType(finalRecipient).toLowerCase(Locale.ROOT),
                    diagnostic == null ? status.strip() : afterType(diagnostic)));
        }
        return failed;
    }

    /** "rfc822; maya@example.org" → "maya@example.org"; "smtp; 550 5.1.1 No such user" → "550 5.1.1 No such user". */
    private static String afterType(String field) {
        int semicolon = field.indexOf(';');
        return (semicolon < 0 ? field : field.substring(semicolon + 1)).replaceAll("\\s+", " ").strip();
    }

    /** The part's decoded bytes (Jakarta Mail may also have parsed it into an object of its own). */
    private static InputStream read(BodyPart part) throws MessagingException, IOException {
        try (InputStream raw = part.getInputStream()) {
            return new ByteArrayInputStream(raw.readAllBytes());
        }
    }
}
