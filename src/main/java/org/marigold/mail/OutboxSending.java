package org.marigold.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One round of the outbox: claims each due message, sends it (or keeps it, with no SMTP server) and records what
 * happened. Any number of rounds may run at once, on one instance or several: the claim lets one of them send.
 */
@ApplicationScoped
public class OutboxSending {

    private static final Logger LOG = Logger.getLogger(OutboxSending.class.getName());
    private static final int ROUND = 50;

    /** Names this instance's claims, so a stuck message in the database says who held it. */
    private final String worker = "marigold-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    Outbox outbox;

    @Inject
    MailServer server;

    @Inject
    Clock clock;

    /** The waits between attempts (the last one repeats), e.g. PT1M,PT5M,PT30M. */
    @Inject
    @ConfigProperty(name = "marigold.mail.retry-after", defaultValue = "PT1M,PT5M,PT30M,PT2H,PT6H")
    String retryAfter;

    @Inject
    @ConfigProperty(name = "marigold.mail.give-up-after", defaultValue = "P1D")
    Duration giveUpAfter;

    /** Returns how many messages this round sent or kept. */
    public int sendDue() {
        int handled = 0;
        for (long id : outbox.due(clock.instant(), ROUND)) {
            var claimed = outbox.claim(id, worker, clock.instant());
            if (claimed.isPresent()) {
                handle(id, claimed.get());
                handled++;
            }
        }
        return handled;
    }

    private void handle(long id, OutboxMessage message) {
        if (!server.isConfigured()) {
            LOG.info(() -> "Mail kept in the outbox (no SMTP host configured) to " + message.getRecipient() + ": " + message.getSubject());
            outbox.kept(id);
            return;
        }
        try {
            server.send(message);
            outbox.sent(id, clock.instant());
        } catch (SendFailedException e) {
            Optional<String> refused = refusedForGood(e, message.getRecipient());
            if (refused.isPresent()) {
                LOG.warning(() -> "Mail to " + message.getRecipient() + " bounced, not retried: " + refused.get());
                outbox.bounced(id, refused.get(), clock.instant());
            } else {
                retryLater(id, message, e);
            }
        } catch (MessagingException | RuntimeException e) {
            retryLater(id, message, e);
        }
    }

    private void retryLater(long id, OutboxMessage message, Exception e) {
        LOG.warning(() -> "Mail to " + message.getRecipient() + " not sent, will be retried: " + e);
        outbox.failed(id, e.toString(), clock.instant(), retries(), giveUpAfter);
    }

    /**
     * What the mail server said when it refused the recipient for good (a 5xx answer to RCPT TO, which Jakarta Mail
     * lists as an invalid address); empty when the failure may pass (4xx, a lost connection).
     */
    static Optional<String> refusedForGood(SendFailedException e, String recipient) {
        Address[] invalid = e.getInvalidAddresses();
        boolean refused = invalid != null && Arrays.stream(invalid)
                .anyMatch(address -> address.toString().strip().equalsIgnoreCase(recipient.strip()));
        if (!refused) {
            return Optional.empty();
        }
        String said = e.getMessage();
        for (Exception next = e.getNextException(); next != null;
             next = next instanceof MessagingException chained ? chained.getNextException() : null) {
            if (next.getMessage() != null && !next.getMessage().isBlank()) {
                said = next.getMessage();
            }
        }
        return Optional.of(said == null || said.isBlank() ? "refused" : said.strip());
    }

    private List<Duration> retries() {
        return Arrays.stream(retryAfter.split(",")).map(String::strip).map(Duration::parse).toList();
    }
}
