package org.marigold.meeting.record;

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

/** What someone who read a meeting's record afterwards adds to it (asynchronous participation). */
@Entity
@Table(name = "record_comment")
@NamedQuery(name = "RecordComment.of", query = "SELECT c FROM RecordComment c WHERE c.meeting = :meeting ORDER BY c.writtenAt, c.id")
public class RecordComment {

    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "record_comment_seq", sequenceName = "record_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_comment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected RecordComment() {
    }

    public RecordComment(Meeting meeting, Account author, String body, Instant writtenAt) {
        String text = Text.written(body, BODY_MAX, "comment", "record.comment");
        this.meeting = meeting;
        this.author = author;
        this.body = text;
        this.writtenAt = writtenAt;
    }

    public boolean isBy(long accountId) {
        return author != null && author.getId() == accountId;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
