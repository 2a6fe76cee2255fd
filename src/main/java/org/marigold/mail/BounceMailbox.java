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
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
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

    /** Reads what came back since the last time; returns how many bounces it recorded. */
    public int check() throws MessagingException {
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

    private int read(Message message) throws MessagingException {
        try {
            var failed = DeliveryReports.failedIn(message);
            for (DeliveryReports.Failed address : failed) {
                bounces.record(address.address(), address.reason(), clock.instant());
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
