package org.marigold.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One message in the outbox, and where it is on its way: queued, being sent by one worker, sent, kept (no SMTP
 * server is configured), given up, or bounced (the mail server refused the address for good). A failed attempt is tried again later, each wait longer than the last.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.due", query = "SELECT m.id FROM OutboxMessage m WHERE (m.status = :queued AND m.nextAttemptAt <= :now) OR (m.status = :sending AND m.claimedUntil < :now) ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutboxMessage.claim", query = "UPDATE OutboxMessage m SET m.status = :sending, m.claimedBy = :worker, m.claimedUntil = :until WHERE m.id = :id AND ((m.status = :queued AND m.nextAttemptAt <= :now) OR (m.status = :sending AND m.claimedUntil < :now))")
@NamedQuery(name = "OutboxMessage.latest", query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMessage {

    public enum Status { QUEUED, SENDING, SENT, KEPT, FAILED, BOUNCED }

    /** The longest a subject or an error is kept (the columns' sizes). */
    static final int SUBJECT_LENGTH = 300;
    static final int ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    /** Where the recipient stops mail like this one (List-Unsubscribe); null for essential mail. */
    private String unsubscribe;

    /** An iCalendar file sent along, or null. */
    @Column(name = "calendar_body")
    private String calendarBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
    }

    public OutboxMessage(Mail mail, Instant now) {
        this.recipient = mail.recipient();
        this.subject = cut(mail.subject(), SUBJECT_LENGTH);
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.unsubscribe = mail.unsubscribe();
        this.calendarBody = mail.calendar();
        this.status = Status.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Delivered to the SMTP server: done. */
    public void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        release();
    }

    /** No SMTP server is configured: the message stays here to be read. */
    public void kept() {
        status = Status.KEPT;
        release();
    }

    /**
     * An attempt failed: try again after the next wait of {@code retries} (the last one repeats), unless that would be
     * later than {@code giveUpAfter} from when it was queued; then it is given up, the last error kept to read.
     */
    public void failed(String error, Instant now, List<Duration> retries, Duration giveUpAfter) {
        attempts++;
        lastError = cut(error == null ? "unknown error" : error, ERROR_LENGTH);
        Instant next = now.plus(retries.get(Math.min(attempts, retries.size()) - 1));
        if (next.isAfter(createdAt.plus(giveUpAfter))) {
            status = Status.FAILED;
        } else {
            status = Status.QUEUED;
            nextAttemptAt = next;
        }
        release();
    }

    /** The mail server refused the address for good: trying again would not help. */
    public void bounced(String reason) {
        attempts++;
        lastError = cut(reason, ERROR_LENGTH);
        status = Status.BOUNCED;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getUnsubscribe() {
        return unsubscribe;
    }

    public String getCalendarBody() {
        return calendarBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
