package org.marigold.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member found a resource helpful; one mark per member and resource. */
@Entity
@Table(name = "resource_mark")
@IdClass(HelpfulMark.Key.class)
public class HelpfulMark {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected HelpfulMark() {
    }

    public HelpfulMark(long resourceId, long accountId, Instant markedAt) {
        this.resourceId = resourceId;
        this.accountId = accountId;
        this.markedAt = markedAt;
    }

    /** The primary key: resource and member. */
    public static class Key implements Serializable {
        Long resourceId;
        Long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(resourceId, key.resourceId)
                    && java.util.Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(resourceId, accountId);
        }
    }
}
