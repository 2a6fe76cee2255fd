package org.marigold.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marigold.platform.ApplicationStarted;

/**
 * Every few seconds, on every instance, sends what is due in the outbox (each message is claimed by one of them); every
 * minute reads the bounce mailbox, if there is one.
 */
@Singleton
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Inject
    OutboxSending sending;

    @Inject
    BounceMailbox bounceMailbox;

    @Inject
    ApplicationStarted application;

    // No surrounding transaction: each step commits on its own, and an SMTP conversation holds no database lock.
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (!application.isStarted()) {
            return;
        }
        try {
            sending.sendDue();
        } catch (RuntimeException e) {
            // The database blinked: the messages are still due, and the next round retries.
            LOG.log(Level.WARNING, "Sending the outbox will be retried", e);
        }
    }

    /** Once a minute, when a bounce mailbox is configured: what came back undelivered. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void readBounces() {
        if (!application.isStarted() || !bounceMailbox.isConfigured()) {
            return;
        }
        try {
            bounceMailbox.check();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The bounce mailbox could not be read; the next round tries again", e);
        }
    }
}
