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

/**
 * That a person took part in a meeting: recorded when they join live (first arrival, last seen), or added by a
 * facilitator afterwards. Minutes present run from their arrival (or the start) to the end, unless a facilitator
 * corrected them (someone who left early, or joined by phone).
 */
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

    /** Set by a facilitator's correction; null while the minutes follow the clock. */
    @Column(name = "minutes_present")
    private Integer correctedMinutes;

    @Column(name = "corrected_by")
    private Long correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

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

    /** A facilitator says how many minutes this person was there; never negative, never longer than the meeting ran. */
    public void correct(int minutes, int longest, long facilitatorId, Instant now) {
        if (minutes < 0) {
            throw org.marigold.platform.Rejected.onField("minutes", "attendance.minutes.negative");
        }
        if (minutes > longest) {
            throw org.marigold.platform.Rejected.onField("minutes", "attendance.minutes.tooMany", longest);
        }
        this.correctedMinutes = minutes;
        this.correctedBy = facilitatorId;
        this.correctedAt = now;
    }

    /**
     * Minutes present: the correction if there is one; otherwise from arrival (or the start, if they came early) until
     * the meeting ended, or until {@code now} while it runs; 0 before it starts.
     */
    public int minutesPresent(Instant startedAt, Instant endedAt, Instant now) {
        if (correctedMinutes != null) {
            return correctedMinutes;
        }
        if (startedAt == null) {
            return 0;
        }
        Instant from = firstJoinedAt.isAfter(startedAt) ? firstJoinedAt : startedAt;
        Instant until = endedAt == null ? now : endedAt;
        return until.isAfter(from) ? (int) java.time.Duration.between(from, until).toMinutes() : 0;
    }

    public boolean isCorrected() {
        return correctedMinutes != null;
    }

    public Long getMeetingId() {
        return meetingId;
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
