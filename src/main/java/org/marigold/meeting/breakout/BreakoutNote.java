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
import jakarta.persistence.Version;
import java.time.Instant;
import org.marigold.account.Account;
import org.marigold.meeting.Contribution;
import org.marigold.platform.Text;

/**
 * One item of a breakout group's shared notes. Several members write at once: each adds its own items, and an
 * edit names the version it started from, so an edit made over someone else's newer text is refused, never lost.
 */
@Entity
@Table(name = "breakout_note")
@NamedQuery(name = "BreakoutNote.of", query = "SELECT n FROM BreakoutNote n WHERE n.breakout = :breakout ORDER BY n.id")
@NamedQuery(name = "BreakoutNote.ofMeeting",
        query = "SELECT n FROM BreakoutNote n WHERE n.breakout.meeting = :meeting ORDER BY n.breakout.position, n.id")
@NamedQuery(name = "BreakoutNote.pinnedIn",
        query = "SELECT n FROM BreakoutNote n WHERE n.breakout.meeting = :meeting AND n.pinnedAt IS NOT NULL ORDER BY n.pinnedAt DESC, n.id DESC")
@NamedQuery(name = "BreakoutNote.countsOf",
        query = "SELECT n.breakout.id, COUNT(n) FROM BreakoutNote n WHERE n.breakout.meeting = :meeting GROUP BY n.breakout.id")
public class BreakoutNote {

    public static final int BODY_MAX = 2000;

    @Id
    @SequenceGenerator(name = "breakout_note_seq", sequenceName = "breakout_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breakout_note_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "breakout_id")
    private Breakout breakout;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @ManyToOne
    @JoinColumn(name = "edited_by_id")
    private Account editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** The recommendation the group made of this note, once it has. */
    @ManyToOne
    @JoinColumn(name = "recommendation_id")
    private Contribution recommendation;

    /**
     * When a facilitator pinned the note for the whole room to see, and who; null when it is not pinned. Set by an SQL
     * update that leaves the version alone (JPQL's bulk update raises it): pinning a note does not make its writer's
     * edit stale.
     */
    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @ManyToOne
    @JoinColumn(name = "pinned_by_id")
    private Account pinnedBy;

    @Version
    private long version;

    protected BreakoutNote() {
    }

    public BreakoutNote(Breakout breakout, Account author, String body, Instant writtenAt) {
        this.breakout = breakout;
        this.author = author;
        this.body = checked(body);
        this.writtenAt = writtenAt;
    }

    /**
     * Replaces the text, if nobody changed it since the editor read version {@code readVersion}; otherwise the
     * edit is refused with the text as it now stands, and the editor decides what to keep.
     */
    public void edit(long readVersion, String newBody, Account editor, Instant now) {
        if (readVersion != version) {
            throw new StaleNote(this);
        }
        this.body = checked(newBody);
        this.editedBy = editor;
        this.editedAt = now;
    }

    /** Deleting, like editing, must start from the text as it stands. */
    public void requireVersion(long readVersion) {
        if (readVersion != version) {
            throw new StaleNote(this);
        }
    }

    public void recommendedAs(Contribution recommendation) {
        this.recommendation = recommendation;
    }

    private static String checked(String body) {
        return Text.written(body, BODY_MAX, "note", "breakout.note");
    }

    public Long getId() {
        return id;
    }

    public Breakout getBreakout() {
        return breakout;
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

    public Account getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    public boolean isPinned() {
        return pinnedAt != null;
    }

    public Contribution getRecommendation() {
        return recommendation;
    }

    public boolean isRecommended() {
        return recommendation != null;
    }

    public long getVersion() {
        return version;
    }
}
