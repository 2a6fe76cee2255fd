package org.marigold.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marigold.platform.TokenSecret;

/**
 * A link to choose a new password, sent to the account's address: it works once, for an hour. Only a SHA-256 digest
 * of its secret is kept, so the table alone opens no account.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.byHash", query = "SELECT r FROM PasswordReset r JOIN FETCH r.account WHERE r.tokenHash = :hash")
@NamedQuery(name = "PasswordReset.since", query = "SELECT r.createdAt FROM PasswordReset r WHERE r.account = :account AND r.createdAt > :since")
@NamedQuery(name = "PasswordReset.open", query = "SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL")
public class PasswordReset {

    public static final Duration LIFETIME = Duration.ofHours(1);
    /** At most this many links an hour go to one address: enough for a lost mail, too few to flood an inbox. */
    public static final int MOST_PER_HOUR = 3;
    public static final String PREFIX = "mgp_";

    /** What a link is worth when someone opens it. */
    public enum State { USABLE, USED, EXPIRED, UNKNOWN }

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    PasswordReset(Account account, TokenSecret secret, Instant now) {
        this.account = account;
        this.tokenHash = secret.digest();
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Whether another link may go to an address that was sent links at these times (those within the hour count). */
    static boolean mayRequestAnother(List<Instant> sentAt, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        return sentAt.stream().filter(at -> at.isAfter(hourAgo)).count() < MOST_PER_HOUR;
    }

    State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Spends the link; one already used or expired is refused with the reason. */
    void use(Instant now) {
        State state = stateAt(now);
        if (state != State.USABLE) {
            throw new Unusable(state);
        }
        usedAt = now;
    }

    /** A newer password makes every other link for the account useless. */
    void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    /** A link that cannot be used any more, and why. */
    public static class Unusable extends RuntimeException {
        private final State state;

        public Unusable(State state) {
            super("The password reset link is " + state);
            this.state = state;
        }

        public State state() {
            return state;
        }
    }
}
