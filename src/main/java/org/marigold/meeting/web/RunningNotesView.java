package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.meeting.RunningNotes;
import org.marigold.meeting.RunningNotesService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * The live page's running notes: a facilitator names the note-taker; the note-taker (or a facilitator) writes them,
 * and everyone else reads them as they are saved. What the note-taker types is outside what pushes re-render.
 */
@Named
@ViewScoped
public class RunningNotesView implements Serializable {

    private static final String READ = RunningNotesView.class.getName() + ".notes";

    @Inject
    RunningNotesService notes;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingLiveView live;

    private Long noteTakerId;
    private String text;
    private Long readVersion;
    /** When a save was refused: the notes as someone else left them, shown beside the writer's own text. */
    private String theirText;

    /** The notes as they stand, read once per request (null while nobody was named or wrote any). */
    public RunningNotes getNotes() {
        Map<String, Object> request = MeetingLiveView.thisRequest();
        if (!request.containsKey(READ)) {
            request.put(READ, notes.notes(currentUser.requireId(), live.getMeetingId()).orElse(null));
        }
        return (RunningNotes) request.get(READ);
    }

    /** Whether this person writes the notes: the note-taker, or a facilitator. */
    public boolean isMayWrite() {
        RunningNotes now = getNotes();
        return live.isFacilitating() || now != null && now.isTakenBy(currentUser.requireId());
    }

    /** The text in the writer's box: what they typed, else the notes as they stand. */
    public String getText() {
        if (text == null && readVersion == null) {
            RunningNotes now = getNotes();
            text = now == null ? null : now.getBody();
            readVersion = now == null ? 0L : now.getVersion();
        }
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void save() {
        try {
            RunningNotes saved = notes.write(currentUser.requireId(), live.getMeetingId(), readVersion == null ? 0 : readVersion, text);
            readVersion = saved.getVersion();
            text = saved.getBody();
            theirText = null;
            PageMessages.infoBeside("notesForm:saveNotes", "notes.saved");
        } catch (RunningNotes.StaleNotes stale) {
            theirText = stale.currentBody() == null ? "" : stale.currentBody();
            readVersion = stale.currentVersion();
            PageMessages.error("notesForm:notes", "notes.changedMeanwhile");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "notesForm");
        }
        MeetingLiveView.thisRequest().remove(READ);
    }

    public String getTheirText() {
        return theirText;
    }

    /** The members a facilitator may name note-taker. */
    public List<Membership> getCandidates() {
        return communities.members(currentUser.requireId(), live.getMeeting().getCommunity().getSlugValue()).stream()
                .filter(m -> m.allows(Role.MEMBER)).toList();
    }

    public Long getNoteTakerId() {
        if (noteTakerId == null && getNotes() != null && getNotes().getNoteTaker() != null) {
            noteTakerId = getNotes().getNoteTaker().getId();
        }
        return noteTakerId;
    }

    public void setNoteTakerId(Long noteTakerId) {
        this.noteTakerId = noteTakerId;
    }

    public void nameNoteTaker() {
        try {
            RunningNotes named = notes.nameNoteTaker(currentUser.requireId(), live.getMeetingId(), noteTakerId);
            // Said at the top of the page: the step's push re-renders this form.
            PageMessages.info(named.getNoteTaker() == null ? "notes.noteTaker.none" : "notes.noteTaker.named",
                    named.getNoteTaker() == null ? "" : named.getNoteTaker().getDisplayName());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "noteTakerForm");
        }
        MeetingLiveView.thisRequest().remove(READ);
    }
}
