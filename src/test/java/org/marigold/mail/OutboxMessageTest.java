package org.marigold.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marigold.mail.OutboxMessage.Status;

class OutboxMessageTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T18:00:00Z");
    private static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final Duration A_DAY = Duration.ofDays(1);

    private final OutboxMessage message = new OutboxMessage(new Mail("maya@example.org", "Hello", "text", "<p>html</p>"), QUEUED);

    @Test
    void aNewMessageIsDueAtOnce() {
        assertEquals(Status.QUEUED, message.getStatus());
        assertEquals(QUEUED, message.getNextAttemptAt());
    }

    @Test
    void eachFailureWaitsLongerThanTheLastAndTheLastWaitRepeats() {
        message.failed("refused", QUEUED, RETRIES, A_DAY);
        assertEquals(QUEUED.plus(Duration.ofMinutes(1)), message.getNextAttemptAt());
        Instant second = message.getNextAttemptAt();
        message.failed("refused", second, RETRIES, A_DAY);
        assertEquals(second.plus(Duration.ofMinutes(5)), message.getNextAttemptAt());
        Instant third = message.getNextAttemptAt();
        message.failed("refused", third, RETRIES, A_DAY);
        Instant fourth = message.getNextAttemptAt();
        assertEquals(third.plus(Duration.ofMinutes(30)), fourth);
        message.failed("refused", fourth, RETRIES, A_DAY);
        assertEquals(fourth.plus(Duration.ofMinutes(30)), message.getNextAttemptAt());
        assertEquals(Status.QUEUED, message.getStatus());
        assertEquals(4, message.getAttempts());
    }

    @Test
    void afterADayItIsGivenUpWithTheLastErrorKept() {
        Instant now = QUEUED;
        for (int attempt = 0; attempt < 100 && message.getStatus() == Status.QUEUED; attempt++) {
            message.failed("Connection refused at " + now, now, RETRIES, A_DAY);
            now = message.getNextAttemptAt();
        }
        assertEquals(Status.FAILED, message.getStatus());
        assertEquals("Connection refused at " + now, message.getLastError());
    }

    @Test
    void aSentMessageRecordsWhen() {
        message.sent(QUEUED.plusSeconds(3));
        assertEquals(Status.SENT, message.getStatus());
        assertEquals(QUEUED.plusSeconds(3), message.getSentAt());
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        message.failed("x".repeat(5000), QUEUED, RETRIES, A_DAY);
        assertEquals(OutboxMessage.ERROR_LENGTH, message.getLastError().length());
    }
}
