package org.marigold.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mailbox delivery reports come back to (the return path, {@code marigold.mail.return-path}), read over IMAP
 * ({@code marigold.mail.bounces.imap-*}). Each unread message is read once: a report of an address that failed for
 * good records a bounce and is deleted; anything else (an out-of-office reply) is left, marked read, for a person.
 * Several instances may read at once: recording a bounce twice changes nothing.
 */
@ApplicationScoped
public class BounceMailbox {

    private final ReentrantLock reading = new ReentrantLock();

    private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());

    @Inject
    @ConfigProperty(name = "marigold.mail.bounces.imap-host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "marigold.mail.bounces.imap-port", defaultValue = "993")
    int port;

    /** IMAP over TLS (port 993) unless set to false (a local server in a test). */
    @Inject
    @ConfigProperty(name = "marigold.mail.bounces.imap-tls", defaultValue = "true")
    boolean tls;

    @Inject
    @ConfigProperty(name = "marigold.mail.bounces.imap-user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "marigold.mail.bounces.imap-password")
    Optional<String> password;

    @Inject
    Bounces bounces;

    @Inject
    Clock clock;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /**
     * Reads what came back since the last time; returns how many bounces it recorded. One round at a time on this
     * instance (the minute's round and one asked for meet otherwise on the same reports); another instance's round at the
     * same moment may record the same report too, which comes to the same (see {@link #recordOnce}).
     */
    public int check() throws MessagingException {
        reading.lock();
        try {
            return readMailbox();
        } finally {
            reading.unlock();
        }
    }

    private int readMailbox() throws MessagingException {
        String protocol = tls ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", MailServer.TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".timeout", MailServer.TIMEOUT_MILLIS);
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(host.orElseThrow(), port, user.orElse(""), password.orElse(""));
        int recorded = 0;
        try (store) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    recorded += read(message);
                }
            } finally {
                inbox.close(true); // expunges what was deleted
            }
        }
        return recorded;
    }

    /**
     * Records a bounce; when another instance recorded the same address at the same moment (its insert committed first),
     * this one's is refused, and the bounce is then recorded again over theirs.
     */
    private void recordOnce(DeliveryReports.Failed address) {
        try {
            bounces.record(address.address(), address.reason(), clock.instant());
        } catch (PersistenceException | TransactionalException recordedBeside) {
            bounces.record(address.address(), address.reason(), clock.instant());
        }
    }

    private int read(Message message) throws MessagingException {
        try {
            var failed = DeliveryReports.failedIn(message);
            for (DeliveryReports.Failed address : failed) {
                recordOnce(address);
            }
            message.setFlag(failed.isEmpty() ? Flags.Flag.SEEN : Flags.Flag.DELETED, true);
            return failed.size();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A message in the bounce mailbox could not be read; left there, marked read", e);
            message.setFlag(Flags.Flag.SEEN, true);
            return 0;
        }
    }
}
