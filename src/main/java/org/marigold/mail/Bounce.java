package org.marigold.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** Mail to this address could not be delivered, for good: when we last heard so, and what the mail server said. */
@Entity
@Table(name = "mail_bounce")
public class Bounce {

    static final int REASON_LENGTH = 1000;

    @Id
    private String address;

    @Column(name = "bounced_at", nullable = false)
    private Instant bouncedAt;

    @Column(nullable = false)
    private String reason;

    protected Bounce() {
    }

    Bounce(String address, String reason, Instant at) {
        this.address = key(address);
        again(reason, at);
    }

    void again(String reason, Instant at) {
        this.reason = reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
        this.bouncedAt = at;
    }

    /** Addresses are compared without regard to case, as people type them. */
    static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    public String getAddress() {
        return address;
    }

    public Instant getBouncedAt() {
        return bouncedAt;
    }

    public String getReason() {
        return reason;
    }
}
