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
        query = "SELECT i FROM Invitation i WHERE i.community = :community AND i.email IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now ORDER BY i.createdAt DESC")
@NamedQuery(name = "Invitation.mailed",
        query = "SELECT i FROM Invitation i LEFT JOIN FETCH i.joinedBy WHERE i.community = :community AND i.email IS NOT NULL AND i.createdAt > :since ORDER BY i.sentAt DESC, i.id DESC")
@NamedQuery(name = "Invitation.mailedTo",
        query = "SELECT i FROM Invitation i WHERE i.community = :community AND i.email = :email AND i.revokedAt IS NULL AND i.uses = 0 ORDER BY i.id DESC")
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

    /** The address a personal invitation was mailed to; null for a link to share. */
    private String email;

    @ManyToOne
    @JoinColumn(name = "joined_by")
    private Account joinedBy;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "times_sent", nullable = false)
    private int timesSent;

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

    /** A personal invitation mailed to one address: it lets one person join, once. */
    public static Invitation mailed(Community community, Role role, TokenSecret secret, String note, Account createdBy,
                                    Instant now, Instant expiresAt, String email) {
        Invitation invitation = new Invitation(community, role, secret, note, createdBy, now, expiresAt, 1);
        invitation.email = Account.normaliseEmail(email);
        invitation.sentAt = now;
        invitation.timesSent = 1;
        return invitation;
    }

    /** Mailed again with a new secret (the old link stops working) and a new expiry; refused once someone joined. */
    void sendAgain(TokenSecret secret, Instant now, Instant newExpiry) {
        if (email == null || uses > 0 || revokedAt != null) {
            throw new IllegalStateException("Only a personal invitation nobody used is sent again");
        }
        tokenHash = secret.digest();
        sentAt = now;
        expiresAt = newExpiry;
        timesSent++;
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

    /** Who came in through this invitation (kept for a personal one: the inviter sees who joined). */
    void joined(Account account, Instant now) {
        if (email != null) {
            joinedBy = account;
            joinedAt = now;
        }
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

    public String getEmail() {
        return email;
    }

    public Account getJoinedBy() {
        return joinedBy;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getTimesSent() {
        return timesSent;
    }
}
