package org.marigold.meeting.breakout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.marigold.meeting.Meeting;
import org.marigold.platform.Text;

/** A message a facilitator sends to every breakout group of a meeting at once ("five minutes left"). */
@Entity
@Table(name = "breakout_broadcast")
@NamedQuery(name = "Broadcast.of", query = "SELECT b FROM Broadcast b WHERE b.meeting = :meeting ORDER BY b.sentAt DESC, b.id DESC")
public class Broadcast {

    public static final int BODY_MAX = 500;

    @Id
    @SequenceGenerator(name = "breakout_broadcast_seq", sequenceName = "breakout_broadcast_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breakout_broadcast_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Broadcast() {
    }

    public Broadcast(Meeting meeting, Account author, String body, Instant sentAt) {
        String text = Text.written(body, BODY_MAX, "broadcast", "breakout.broadcast");
        this.meeting = meeting;
        this.author = author;
        this.body = text;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
