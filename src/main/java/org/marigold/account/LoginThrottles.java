package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.marigold.platform.TokenSecret;

/**
 * Slows down password guessing, in the database so that it holds for parallel requests and across a cluster's
 * instances. Every attempt is counted before its password is checked, one compare-and-set per rule
 * ({@link LoginThrottle#ADDRESS}, then {@link LoginThrottle#ACCOUNT_FROM_ADDRESS}); an attempt arriving during a wait
 * is refused unchecked. A right password takes its attempt back. Unknown e-mails are counted like known ones, so the
 * answers never tell which e-mails have accounts; and since every count includes the client's address, nobody's
 * guesses elsewhere can keep an account's owner out.
 */
@ApplicationScoped
public class LoginThrottles {

    /** The request attribute holding the wait for which an attempt was refused unchecked. */
    public static final String REFUSED_FOR = "marigold.loginRefusedFor";

    /** Of every this many attempts, one also sweeps away counts nobody reads any more. */
    private static final int SWEEP_ONE_IN = 100;
    /** Each try loses only to another attempt that was counted: a hundred at once settle well within this. */
    private static final int MOST_TRIES = 1_000;

    @Inject
    ThrottleCounts counts;

    @Inject
    Clock clock;

    /** Counts an attempt to log in as {@code email} from {@code address}; the wait left when it may not be checked. */
    public Optional<Duration> attempt(String email, String address) {
        Instant now = clock.instant();
        if (ThreadLocalRandom.current().nextInt(SWEEP_ONE_IN) == 0) {
            counts.sweep(now.minus(LoginThrottle.ACCOUNT_FROM_ADDRESS.forgottenAfter()));
        }
        Optional<Duration> wait = count(addressSubject(address), null, LoginThrottle.ADDRESS, now);
        return wait.isPresent() ? wait : count(accountSubject(email, address), accountKey(email), LoginThrottle.ACCOUNT_FROM_ADDRESS, now);
    }

    /** The password was right: the e-mail starts again from this address, and the address gets its attempt back. */
    public void succeeded(String email, String address) {
        counts.forget(accountSubject(email, address));
        counts.takeBack(addressSubject(address));
    }

    /** The wait before the next attempt for this e-mail from this address would be checked, if any. */
    public Optional<Duration> waitFor(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = waitOf(addressSubject(address), LoginThrottle.ADDRESS, now);
        return wait.isPresent() ? wait : waitOf(accountSubject(email, address), LoginThrottle.ACCOUNT_FROM_ADDRESS, now);
    }

    /** A new password was set through a link sent to the address: its owner starts again everywhere. */
    public void newPassword(String email) {
        counts.forgetAccount(accountKey(email));
    }

    private Optional<Duration> count(String subject, String accountKey, LoginThrottle rule, Instant now) {
        for (int tries = 0; tries < MOST_TRIES; tries++) {
            if (counts.read(subject).isEmpty()) {
                try {
                    counts.open(subject, accountKey);
                } catch (PersistenceException | jakarta.transaction.TransactionalException openedBeside) {
                    // Another attempt created it at the same moment: count on it.
                }
            }
            ThrottleCounts.Outcome outcome = counts.count(subject, rule, now);
            if (outcome instanceof ThrottleCounts.Outcome.Waiting waiting) {
                return Optional.of(waiting.left());
            }
            if (outcome instanceof ThrottleCounts.Outcome.Counted) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("Could not count a login attempt after " + MOST_TRIES + " tries");
    }

    private Optional<Duration> waitOf(String subject, LoginThrottle rule, Instant now) {
        return counts.read(subject).flatMap(row -> rule.remainingWait(row.getFailures(), row.getLastFailureAt(), now));
    }

    private static String addressSubject(String address) {
        return TokenSecret.digestOf("address " + address);
    }

    private static String accountSubject(String email, String address) {
        return TokenSecret.digestOf("account " + normalised(email) + " from " + address);
    }

    private static String accountKey(String email) {
        return TokenSecret.digestOf("account " + normalised(email));
    }

    private static String normalised(String email) {
        String normal = Account.normaliseEmail(email);
        return normal == null ? "" : normal;
    }
}
