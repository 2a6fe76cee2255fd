package org.marigold.meeting.breakout;

/** Someone changed a note after this editor read it: their edit is refused, with the note as it now stands. */
public class StaleNote extends RuntimeException {

    private final long noteId;
    private final String currentBody;
    private final long currentVersion;

    public StaleNote(BreakoutNote note) {
        super("Note " + note.getId() + " changed since it was read", null, false, false);
        this.noteId = note.getId() == null ? -1 : note.getId();
        this.currentBody = note.getBody();
        this.currentVersion = note.getVersion();
    }

    public long noteId() {
        return noteId;
    }

    public String currentBody() {
        return currentBody;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
