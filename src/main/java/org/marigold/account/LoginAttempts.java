package org.marigold.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed login attempts counted against one subject (an e-mail from a client address, or an address): a row of
 * {@code login_throttle}, changed only by {@link ThrottleCounts}' compare-and-set on {@link #version}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginAttempts {

    @Id
    private String subject;

    /** The digest of the e-mail, on rows counted for an e-mail: a password reset forgets them all. */
    @Column(name = "account_key")
    private String accountKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(nullable = false)
    private long version;

    protected LoginAttempts() {
    }

    LoginAttempts(String subject, String accountKey) {
        this.subject = subject;
        this.accountKey = accountKey;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public long getVersion() {
        return version;
    }
}
