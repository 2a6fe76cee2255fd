package org.marigold.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class OutboxSendingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T18:00:00Z");

    /** An outbox of one due message that records what the round decided. */
    private static final class OneMessage extends Outbox {
        final OutboxMessage message = new OutboxMessage(new Mail("maya@example.org", "Choose a new password", "text", "<p>html</p>"), NOW);
        final List<String> outcomes = new ArrayList<>();
        boolean taken;

        @Override
        public List<Long> due(Instant now, int most) {
            return List.of(1L);
        }

        @Override
        public Optional<OutboxMessage> claim(long id, String worker, Instant now) {
            if (taken) {
                return Optional.empty();
            }
            taken = true;
            return Optional.of(message);
        }

        @Override
        public void kept(long id) {
            outcomes.add("kept");
        }

        @Override
        public void sent(long id, Instant now) {
            outcomes.add("sent");
        }

        @Override
        public void failed(long id, String error, Instant now, List<Duration> retries, Duration giveUpAfter) {
            outcomes.add("failed");
        }
    }

    private static OutboxSending sendingWithout(OneMessage outbox) {
        OutboxSending sending = new OutboxSending();
        sending.outbox = outbox;
        sending.server = new MailServer();
        sending.server.host = Optional.empty();
        sending.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        sending.retryAfter = "PT1M";
        sending.giveUpAfter = Duration.ofDays(1);
        return sending;
    }

    @Test
    void withNoSmtpServerEachMessageIsKeptAndLoggedOnceWithItsRecipientAndSubject() {
        OneMessage outbox = new OneMessage();
        List<String> logged = new ArrayList<>();
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(OutboxSending.class.getName());
        log.addHandler(listener);
        try {
            OutboxSending sending = sendingWithout(outbox);
            assertEquals(1, sending.sendDue());
            assertEquals(0, sending.sendDue(), "a message another round took is not handled again");
        } finally {
            log.removeHandler(listener);
        }
        assertEquals(List.of("kept"), outbox.outcomes);
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("maya@example.org") && logged.get(0).contains("Choose a new password"), logged.get(0));
    }
}
