package org.marigold.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member's answer to "will you come?" for one meeting; the latest answer counts. */
@Entity
@IdClass(Rsvp.Key.class)
@NamedQuery(name = "Rsvp.counts", query = "SELECT r.answer, COUNT(r) FROM Rsvp r WHERE r.meetingId = :meeting GROUP BY r.answer")
public class Rsvp {

    public enum Answer { YES, MAYBE, NO }

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Rsvp() {
    }

    public Rsvp(long meetingId, long accountId, Answer answer, Instant answeredAt) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        answer(answer, answeredAt);
    }

    public void answer(Answer given, Instant now) {
        this.answer = Objects.requireNonNull(given);
        this.answeredAt = now;
    }

    public Answer getAnswer() {
        return answer;
    }

    public static class Key implements Serializable {
        public long meetingId;
        public long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.meetingId == meetingId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, accountId);
        }
    }
}
