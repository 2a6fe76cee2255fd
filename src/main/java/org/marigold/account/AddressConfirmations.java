package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.marigold.mail.Outbox;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/**
 * Proving an address one's own: a link mailed on registration (and again on request) that works for a week. Until it
 * is followed, only a confirmation or a password reset is mailed to the address (reminders and summaries wait), so
 * a mistyped or borrowed address receives nothing it did not ask for. Logging in works meanwhile.
 */
@ApplicationScoped
@Transactional
public class AddressConfirmations {

    public static final String PREFIX = "mgc_";
    public static final Duration LIFETIME = Duration.ofDays(7);
    /** Another link no sooner than this after the last: a lost mail is sent again, an inbox is not flooded. */
    public static final Duration PAUSE = Duration.ofMinutes(2);

    /** What a link stands for when someone opens it. */
    public enum State { OPEN, CONFIRMED, UNUSABLE }

    /** The account a link names, and whether it still confirms it. */
    public record Link(State state, String email) {
        /** For pages: Jakarta EL 5 reads getters, not record accessors. */
        public State getState() {
            return state;
        }

        public String getEmail() {
            return email;
        }
    }

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Queues a new link to the account's address, in the caller's transaction (a registration's). */
    void send(Account account, LinkAddress linkTo) {
        TokenSecret secret = TokenSecret.generate(PREFIX);
        account.awaitConfirmation(secret.digest(), clock.instant());
        outbox.queue(ConfirmAddressMail.to(account, linkTo.of(secret.value())));
    }

    /** "Send the link again": refused for a few minutes after the last one; nothing to do once confirmed. */
    public void sendAgain(long accountId, LinkAddress linkTo) {
        Account account = Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(() -> new NotFound("No such account"));
        if (account.isEmailConfirmed()) {
            return;
        }
        Instant last = account.getConfirmSentAt();
        if (last != null && clock.instant().isBefore(last.plus(PAUSE))) {
            throw Rejected.because("confirm.wait", PAUSE.toMinutes());
        }
        send(account, linkTo);
    }

    /** Someone came in through a link mailed to {@code mailedTo} (an invitation): if that is their address, it is proven. */
    public void provenBy(long accountId, String mailedTo) {
        Optional.ofNullable(em.find(Account.class, accountId)).filter(account -> account.getEmail().equals(Account.normaliseEmail(mailedTo)))
                .ifPresent(account -> account.confirmEmail(clock.instant()));
    }

    /** What the link is worth: the address it confirms, whether that is done, or that it works no more. */
    public Link link(String secret) {
        return find(secret).map(account -> new Link(account.isEmailConfirmed() ? State.CONFIRMED
                : usable(account) ? State.OPEN : State.UNUSABLE, account.getEmail())).orElse(new Link(State.UNUSABLE, null));
    }

    /** Confirms the address the link names; an old, replaced or made-up link is refused. Twice is the same as once. */
    public Link confirm(String secret) {
        Account account = find(secret).filter(found -> found.isEmailConfirmed() || usable(found))
                .orElseThrow(() -> Rejected.because("confirm.unusable"));
        account.confirmEmail(clock.instant());
        return new Link(State.CONFIRMED, account.getEmail());
    }

    private boolean usable(Account account) {
        return account.getConfirmSentAt() != null && clock.instant().isBefore(account.getConfirmSentAt().plus(LIFETIME));
    }

    private Optional<Account> find(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byConfirmation", Account.class)
                .setParameter("hash", TokenSecret.digestOf(secret)).getResultStream().findFirst();
    }
}
