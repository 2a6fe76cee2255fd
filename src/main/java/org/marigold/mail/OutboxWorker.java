package org.marigold.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marigold.platform.ApplicationStarted;

/** Every few seconds, on every instance, sends what is due in the outbox (each message is claimed by one of them). */
@Singleton
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Inject
    OutboxSending sending;

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
}
