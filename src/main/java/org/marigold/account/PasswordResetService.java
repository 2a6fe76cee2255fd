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
import org.marigold.account.PasswordReset.State;
import org.marigold.mail.Outbox;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/**
 * Forgotten passwords: a link by mail, then a new password. Whoever asks is told the same whether or not the address
 * has an account, so the form reveals nobody's account.
 */
@ApplicationScoped
@Transactional
public class PasswordResetService {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Outbox outbox;

    @Inject
    LoginThrottles throttles;

    @Inject
    Clock clock;

    /**
     * Queues a link to {@code email} if an account uses it and it has not had {@link PasswordReset#MOST_PER_HOUR} this
     * hour. {@code linkTo} makes the link's address from its secret. Returns nothing, on purpose.
     */
    public void request(String email, LinkAddress linkTo) {
        accounts.byEmail(email).ifPresent(account -> {
            Instant now = clock.instant();
            var recent = em.createNamedQuery("PasswordReset.since", Instant.class)
                    .setParameter("account", account).setParameter("since", now.minus(Duration.ofHours(1))).getResultList();
            if (!PasswordReset.mayRequestAnother(recent, now)) {
                return;
            }
            TokenSecret secret = TokenSecret.generate(PasswordReset.PREFIX);
            em.persist(new PasswordReset(account, secret, now));
            outbox.queue(PasswordResetMail.to(account, linkTo.of(secret.value())));
        });
    }

    /**
     * Queues the first link to choose a password for an account made when its community was imported here
     * ({@code community}, its name), which has none yet.
     */
    public void welcome(String email, String community, LinkAddress linkTo) {
        accounts.byEmail(email).ifPresent(account -> {
            TokenSecret secret = TokenSecret.generate(PasswordReset.PREFIX);
            em.persist(new PasswordReset(account, secret, clock.instant()));
            outbox.queue(PasswordResetMail.welcome(account, community, linkTo.of(secret.value())));
        });
    }

    /** What the link is worth, to tell the person before they type a new password. */
    public State state(String secret) {
        return find(secret).map(reset -> reset.stateAt(clock.instant())).orElse(State.UNKNOWN);
    }

    /**
     * Sets the new password through the link and spends it (and every other open link of the account). Every session
     * and remembered login of the account ends. Refused with {@link PasswordReset.Unusable} or a {@link Rejected}
     * password.
     */
    public Account reset(String secret, String newPassword) {
        Instant now = clock.instant();
        PasswordReset reset = find(secret).orElseThrow(() -> new PasswordReset.Unusable(State.UNKNOWN));
        Account account = reset.getAccount();
        if (reset.stateAt(now) == State.USABLE) {
            PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
                throw Rejected.onField("newPassword", problem);
            });
        }
        reset.use(now);
        em.createNamedQuery("PasswordReset.open", PasswordReset.class).setParameter("account", account).getResultList()
                .forEach(other -> other.retire(now));
        account.changePasswordHash(hasher.hash(newPassword), now);
        throttles.newPassword(account.getEmail());
        accounts.forgetAllLogins(account);
        return account;
    }

    private Optional<PasswordReset> find(String secret) {
        if (secret == null || !secret.startsWith(PasswordReset.PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordReset.byHash", PasswordReset.class)
                .setParameter("hash", TokenSecret.digestOf(secret)).getResultStream().findFirst();
    }
}
