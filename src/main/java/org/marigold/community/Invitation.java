package org.marigold.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.marigold.account.Account;
import org.marigold.platform.Text;
import org.marigold.platform.TokenSecret;

/**
 * A link that lets people join a community with a given role until it expires, is used up or revoked.
 * Only a digest of the link's secret is stored, so the database alone cannot be used to join.
 */
@Entity
@NamedQuery(name = "Invitation.byHash", query = "SELECT i FROM Invitation i JOIN FETCH i.community WHERE i.tokenHash = :hash")
@NamedQuery(name = "Invitation.ofCommunity",
        query = "SELECT i FROM Invitation i WHERE i.community = :community AND i.revokedAt IS NULL AND i.expiresAt > :now ORDER BY i.createdAt DESC")
public class Invitation {

    public enum State { OPEN, EXPIRED, REVOKED, USED_UP }

    public static final int NOTE_MAX = 200;

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    private String note;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(nullable = false)
    private int uses;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(Community community, Role role, TokenSecret secret, String note, Account createdBy,
                      Instant createdAt, Instant expiresAt, Integer maxUses) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("An invitation must expire after it is created");
        }
        if (maxUses != null && maxUses < 1) {
            throw new IllegalArgumentException("An invitation must allow at least one use");
        }
        this.community = community;
        this.role = role;
        this.tokenHash = secret.digest();
        this.note = Text.orNull(note);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.maxUses = maxUses;
    }

    public State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        if (maxUses != null && uses >= maxUses) {
            return State.USED_UP;
        }
        return State.OPEN;
    }

    /** Counts one person joining through this link; refuses when the link can no longer be used. */
    void use(Instant now) {
        State state = stateAt(now);
        if (state != State.OPEN) {
            throw new IllegalStateException("Invitation is " + state);
        }
        uses++;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public Role getRole() {
        return role;
    }

    public String getNote() {
        return note;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }
}
