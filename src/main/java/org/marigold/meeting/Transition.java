package org.marigold.meeting;

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

/** A record of one facilitator action on a meeting: who did what, when, from which phase to which. */
@Entity
@Table(name = "meeting_transition")
@NamedQuery(name = "Transition.ofMeeting",
        query = "SELECT t FROM Transition t WHERE t.meeting = :meeting ORDER BY t.happenedAt, t.id")
public class Transition {

    @Id
    @SequenceGenerator(name = "meeting_transition_seq", sequenceName = "meeting_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_transition_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransitionAction action;

    @Column(name = "from_phase", nullable = false)
    private int fromPhase;

    @Column(name = "to_phase", nullable = false)
    private int toPhase;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected Transition() {
    }

    Transition(Meeting meeting, TransitionAction action, int fromPhase, int toPhase, Account actor, Instant happenedAt) {
        this.meeting = meeting;
        this.action = action;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.actor = actor;
        this.happenedAt = happenedAt;
    }

    public TransitionAction getAction() {
        return action;
    }

    public int getFromPhase() {
        return fromPhase;
    }

    public int getToPhase() {
        return toPhase;
    }

    public Account getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
