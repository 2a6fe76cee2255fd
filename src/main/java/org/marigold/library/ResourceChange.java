package org.marigold.library;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.marigold.account.Account;

/** Someone edited a resource, removed it from the library or put it back: the resource page shows its history. */
@Entity
@Table(name = "resource_change")
@NamedQuery(name = "ResourceChange.of",
        query = "SELECT c FROM ResourceChange c LEFT JOIN FETCH c.account WHERE c.resource = :resource ORDER BY c.changedAt DESC, c.id DESC")
public class ResourceChange {

    public enum What { EDITED, REMOVED, RESTORED }

    @Id
    @SequenceGenerator(name = "resource_change_seq", sequenceName = "resource_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private What what;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ResourceChange() {
    }

    public ResourceChange(Resource resource, Account account, What what, Instant changedAt) {
        this.resource = resource;
        this.account = account;
        this.what = what;
        this.changedAt = changedAt;
    }

    public Account getAccount() {
        return account;
    }

    public What getWhat() {
        return what;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
