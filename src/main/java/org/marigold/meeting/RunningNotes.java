package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.marigold.account.Account;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/**
 * A meeting's running notes, written by the note-taker a facilitator named (or a facilitator) as the meeting goes, and
 * kept in its record. Each save names the version it started from ({@link #write}); a save over a newer text is
 * refused ({@link StaleNotes}), so nobody's notes are overwritten unseen.
 */
@Entity
@Table(name = "meeting_notes")
public class RunningNotes {

    public static final int BODY_MAX = 20_000;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @ManyToOne
    @JoinColumn(name = "note_taker_id")
    private Account noteTaker;

    private String body;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToOne
    @JoinColumn(name = "updated_by_id")
    private Account updatedBy;

    /** Counted by hand (not JPA's @Version): the version a writer started from is compared under a row lock. */
    @Column(nullable = false)
    private long version;

    protected RunningNotes() {
    }

    public RunningNotes(long meetingId) {
        this.meetingId = meetingId;
    }

    public void nameNoteTaker(Account account) {
        this.noteTaker = account;
    }

    /** Replaces the notes, if they still are the version the writer started from. */
    public void write(long readVersion, String text, Account writer, Instant now) {
        if (readVersion != version) {
            throw new StaleNotes(this);
        }
        String written = Text.orNull(text);
        if (written != null && written.length() > BODY_MAX) {
            throw Rejected.onField("notes", "notes.tooLong", BODY_MAX);
        }
        this.body = written;
        this.updatedBy = writer;
        this.updatedAt = now;
        this.version++;
    }

    public boolean isTakenBy(long accountId) {
        return noteTaker != null && noteTaker.getId() == accountId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Account getNoteTaker() {
        return noteTaker;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Account getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /** Someone saved the notes after this writer read them: the save is refused, with the notes as they now stand. */
    public static class StaleNotes extends RuntimeException {

        private final String currentBody;
        private final long currentVersion;

        StaleNotes(RunningNotes notes) {
            super("The notes changed since they were read", null, false, false);
            this.currentBody = notes.body;
            this.currentVersion = notes.version;
        }

        public String currentBody() {
            return currentBody;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }
}
