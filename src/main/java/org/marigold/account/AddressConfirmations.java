package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.marigold.mail.AddressBounced;
import org.marigold.mail.Bounces;
import org.marigold.mail.Outbox;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/**
 * Proving an address one's own: a link mailed on registration (and again on request) that works for a week. Until it
 * is followed, only a confirmation or a password reset is mailed to the address (reminders and summaries wait), so
 * a mistyped or borrowed address receives nothing it did not ask for. Logging in works meanwhile. An address that
 * bounces waits for a confirmation again.
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
    Bounces bounces;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

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
        Account account = account(accountId);
        if (done(account)) {
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
                .ifPresent(this::proven);
    }

    private void proven(Account account) {
        account.confirmEmail(clock.instant());
        bounces.cleared(account.getEmail());
    }

    /** Mail to an account's address bounced: it waits for a confirmation again (the home page says why). */
    void bounced(@Observes AddressBounced bounced) {
        em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", Account.normaliseEmail(bounced.address()))
                .getResultStream().forEach(Account::mailBounced);
    }

    /** What the link is worth: the address it confirms, whether that is done, or that it works no more. */
    public Link link(String secret) {
        return find(secret).map(account -> new Link(done(account) ? State.CONFIRMED : usable(account) ? State.OPEN : State.UNUSABLE,
                account.getAddressToConfirm())).orElse(new Link(State.UNUSABLE, null));
    }

    /**
     * Confirms the address the link names (a new address asked for becomes the account's); an old, replaced or made-up
     * link is refused. Twice is the same as once.
     */
    public Link confirm(String secret) {
        Account account = find(secret).filter(found -> done(found) || usable(found))
                .orElseThrow(() -> Rejected.because("confirm.unusable"));
        if (account.getPendingEmail() != null) {
            if (accounts.byEmail(account.getPendingEmail()).isPresent()) {
                throw Rejected.because("address.takenSince", account.getPendingEmail());
            }
            account.takePendingEmail(clock.instant());
            bounces.cleared(account.getEmail());
        } else {
            proven(account);
        }
        return new Link(State.CONFIRMED, account.getEmail());
    }

    /**
     * "Change your address": the new one is the account's once the link mailed to it is followed; until then mail
     * goes on to the old one. The current password is asked, so that a session left open cannot take the account.
     */
    public void askForAddress(long accountId, String newEmail, String password, LinkAddress linkTo) {
        Account account = account(accountId);
        if (password == null || !hasher.matches(password, account.getPasswordHash())) {
            throw Rejected.onField("addressPassword", "password.currentWrong");
        }
        String wanted = Account.normaliseEmail(newEmail);
        if (wanted.equals(account.getEmail())) {
            throw Rejected.onField("newEmail", "address.same");
        }
        if (accounts.byEmail(wanted).isPresent()) {
            throw Rejected.onField("newEmail", "address.taken");
        }
        account.askForEmail(wanted);
        send(account, linkTo);
    }

    /** "Keep my address": the change asked for is dropped, and the link mailed for it works no more. */
    public void keepAddress(long accountId) {
        account(accountId).keepEmail();
    }

    public String addressToConfirm(long accountId) {
        return account(accountId).getAddressToConfirm();
    }

    public Optional<String> pendingAddress(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(Account::getPendingEmail);
    }

    private Account account(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(() -> new NotFound("No such account"));
    }

    /** Nothing is left for a link to confirm: the address is proven and no other is asked for. */
    private static boolean done(Account account) {
        return account.isEmailConfirmed() && account.getPendingEmail() == null;
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
