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

/** One person's place in one community, with the role they hold there. */
@Entity
@NamedQuery(name = "Membership.of",
        query = "SELECT m FROM Membership m WHERE m.community = :community AND m.account.id = :accountId")
@NamedQuery(name = "Membership.ofCommunity",
        query = "SELECT m FROM Membership m JOIN FETCH m.account WHERE m.community = :community ORDER BY m.role DESC, m.account.displayName")
@NamedQuery(name = "Membership.ofAccount",
        query = "SELECT m FROM Membership m JOIN FETCH m.community WHERE m.account.id = :accountId ORDER BY m.community.name")
@NamedQuery(name = "Membership.countByRole",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.community = :community AND m.role = :role")
@NamedQuery(name = "Membership.count",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.community = :community")
public class Membership {

    @Id
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    /** Who made the invitation this person joined through (null for founders and demo data). */
    @ManyToOne
    @JoinColumn(name = "invited_by")
    private Account invitedBy;

    /** The secret in this member's address for the community's calendar feed, made on first use; dies with the membership. */
    @Column(name = "calendar_key")
    private String calendarKey;

    /** Whether this member is mailed a reminder before the community's meetings. */
    private boolean reminders = true;

    /** Whether this member is mailed a meeting's summary after coming to it. */
    private boolean summaries = true;

    /** Whether this member is mailed a digest of a meeting they missed. */
    private boolean digests = true;

    /** The secret in the address that stops this member's mail from the community without logging in; made on first use (MeetingReminders). */
    @Column(name = "mail_key")
    private String mailKey;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(Community community, Account account, Role role, Instant joinedAt) {
        this.community = community;
        this.account = account;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public String getCalendarKey() {
        return calendarKey;
    }

    public void useCalendarKey(String key) {
        this.calendarKey = key;
    }

    public boolean isReminders() {
        return reminders;
    }

    public boolean isSummaries() {
        return summaries;
    }

    public boolean isDigests() {
        return digests;
    }

    public boolean wants(MailKind kind) {
        return switch (kind) {
            case REMINDERS -> reminders;
            case SUMMARIES -> summaries;
            case DIGESTS -> digests;
        };
    }

    public void choose(MailKind kind, boolean wanted) {
        switch (kind) {
            case REMINDERS -> reminders = wanted;
            case SUMMARIES -> summaries = wanted;
            case DIGESTS -> digests = wanted;
        }
    }

    public String getMailKey() {
        return mailKey;
    }

    public boolean allows(Role needed) {
        return role.includes(needed);
    }

    void changeRole(Role role) {
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    /** This person came through an invitation someone made. */
    public Membership invitedBy(Account inviter) {
        this.invitedBy = inviter;
        return this;
    }

    public Account getInvitedBy() {
        return invitedBy;
    }

    public Account getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
