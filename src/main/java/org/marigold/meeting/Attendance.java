package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a person joined a meeting live: when first, and when last seen. */
@Entity
@Table(name = "meeting_attendance")
@IdClass(Attendance.Key.class)
@NamedQuery(name = "Attendance.ofMeeting", query = "SELECT a FROM Attendance a WHERE a.meetingId = :meetingId ORDER BY a.firstJoinedAt")
public class Attendance {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "first_joined_at", nullable = false)
    private Instant firstJoinedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected Attendance() {
    }

    public Attendance(long meetingId, long accountId, Instant now) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.firstJoinedAt = now;
        this.lastSeenAt = now;
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getFirstJoinedAt() {
        return firstJoinedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public static class Key implements Serializable {
        private Long meetingId;
        private Long accountId;

        public Key() {
        }

        public Key(Long meetingId, Long accountId) {
            this.meetingId = meetingId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meetingId, key.meetingId) && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, accountId);
        }
    }
}
