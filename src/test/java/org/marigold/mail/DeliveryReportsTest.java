package org.marigold.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What counts as a bounce: in a delivery report, and in the mail server's answer while sending. */
class DeliveryReportsTest {

    /** A report as Postfix writes it: one recipient failed for good, one only delayed. */
    private static final String POSTFIX = String.join("\r\n",
            "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=delivery-status;",
            "\tboundary=\"8D3B5C1A2.1701600000/mail.example.org\"",
            "",
            "--8D3B5C1A2.1701600000/mail.example.org",
            "Content-Description: Notification",
            "Content-Type: text/plain; charset=us-ascii",
            "",
            "This is the mail system at host mail.example.org.",
            "",
            "--8D3B5C1A2.1701600000/mail.example.org",
            "Content-Description: Delivery report",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mail.example.org",
            "X-Postfix-Queue-ID: 8D3B5C1A2",
            "Arrival-Date: Thu,  3 Dec 2026 10:00:00 +0000 (UTC)",
            "",
            "Final-Recipient: rfc822; Maya.Chen@Example.net",
            "Original-Recipient: rfc822;maya.chen@example.net",
            "Action: failed",
            "Status: 5.1.1",
            "Remote-MTA: dns; mx.example.net",
            "Diagnostic-Code: smtp; 550 5.1.1 <maya.chen@example.net>: Recipient address",
            "    rejected: User unknown in virtual mailbox table",
            "",
            "Final-Recipient: rfc822; sam@example.net",
            "Action: delayed",
            "Status: 4.4.1",
            "Diagnostic-Code: X-Postfix; connect to mx.example.net: Connection timed out",
            "",
            "--8D3B5C1A2.1701600000/mail.example.org--",
            "");

    private static MimeMessage parse(String raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFailedRecipientIsABounceAndADelayedOneIsNot() throws MessagingException, IOException {
        assertEquals(List.of(new DeliveryReports.Failed("maya.chen@example.net",
                        "550 5.1.1 <maya.chen@example.net>: Recipient address rejected: User unknown in virtual mailbox table")),
                DeliveryReports.failedIn(parse(POSTFIX)));
    }

    @Test
    void withoutADiagnosticTheStatusIsTheReason() throws MessagingException, IOException {
        String bare = POSTFIX.replaceAll("Diagnostic-Code: smtp; 550[^\\r]*\\r\\n[^\\r]*\\r\\n", "");
        assertEquals("5.1.1", DeliveryReports.failedIn(parse(bare)).get(0).reason());
    }

    @Test
    void anOutOfOfficeReplyIsNoReport() throws MessagingException, IOException {
        String reply = String.join("\r\n", "From: Sam <sam@example.net>", "Subject: Out of office",
                "Content-Type: text/plain; charset=us-ascii", "", "Away until Monday.", "");
        assertEquals(List.of(), DeliveryReports.failedIn(parse(reply)));
        String otherReport = POSTFIX.replace("report-type=delivery-status", "report-type=disposition-notification");
        assertEquals(List.of(), DeliveryReports.failedIn(parse(otherReport)), "a read receipt is no bounce");
    }

    @Test
    void aRecipientRefusedWhileSendingBouncesAndAPassingRefusalDoesNot() throws MessagingException {
        Address[] maya = {new InternetAddress("maya@example.org")};
        MessagingException said = new MessagingException("550 5.1.1 <maya@example.org>: User unknown");
        SendFailedException refused = new SendFailedException("Invalid Addresses", said, new Address[0], new Address[0], maya);
        assertEquals(Optional.of("550 5.1.1 <maya@example.org>: User unknown"), OutboxSending.refusedForGood(refused, "Maya@example.org "));

        SendFailedException later = new SendFailedException("Send failed", new MessagingException("452 4.2.2 Mailbox full, try later"),
                new Address[0], maya, new Address[0]);
        assertEquals(Optional.empty(), OutboxSending.refusedForGood(later, "maya@example.org"), "4xx: tried again later");
    }
}
