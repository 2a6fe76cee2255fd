package org.marigold.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.meeting.FocusQuestion;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.breakout.Breakout;
import org.marigold.meeting.breakout.BreakoutNote;
import org.marigold.meeting.breakout.BreakoutService;
import org.marigold.meeting.breakout.Broadcast;
import org.marigold.meeting.breakout.GroupWorkService;
import org.marigold.meeting.breakout.StaleNote;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * A breakout group's own page ({@code meeting/group.xhtml?g=}): its lens, starters, the problem, the timer, its
 * members, shared notes, found resources, the facilitators' broadcasts and the "we need the facilitator" flag.
 * Pushes re-render the lists only; what someone is typing, in the note box or the editor, is never replaced.
 */
@Named
@ViewScoped
public class BreakoutPageView implements Serializable {

    @Inject
    BreakoutService breakouts;

    @Inject
    GroupWorkService work;

    @Inject
    MeetingService meetings;

    @Inject
    ResourceListService resourceLists;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long groupId;
    private Breakout group;
    private MeetingView view;
    private boolean mayWrite;
    private List<BreakoutNote> notes = List.of();
    private List<Resource> finds = List.of();
    private List<Broadcast> broadcasts = List.of();
    private boolean wasInBreakout;

    private String note;
    private Long editingId;
    private long editingVersion;
    private String editingText;
    /** When an edit was refused: the note as someone else left it, shown beside the editor's own text. */
    private String theirText;

    private ResourceKind findKind = ResourceKind.LINK;
    private String findTitle;
    private String findLink;
    private String findWhy;

    private String name;
    private String lens;
    private Long starterListId;
    private Integer cap;
    private List<ResourceList> starterLists = List.of();

    public void load() {
        reload();
        wasInBreakout = isInBreakout();
        if (view.facilitates()) {
            name = group.getName();
            lens = group.getLens();
            starterListId = group.getStarterList() == null ? null : group.getStarterList().getId();
            cap = group.getCap();
            starterLists = resourceLists.lists(currentUser.requireId(), group.getMeeting().getCommunity().getSlugValue());
        }
    }

    private void reload() {
        long me = currentUser.requireId();
        group = breakouts.group(me, groupId);
        view = meetings.open(me, group.getMeeting().getId());
        mayWrite = breakouts.mayWrite(me, group);
        notes = work.notes(me, groupId);
        finds = work.finds(me, groupId);
        broadcasts = breakouts.broadcasts(me, group.getMeeting().getId());
    }

    /**
     * Called by pushes. When the breakouts close, everyone goes back to the room; whichever refresh first sees it
     * does it, so a late or lost push cannot leave someone in a closed group.
     */
    public void refresh() {
        reload();
        boolean now = isInBreakout();
        if (wasInBreakout && !now) {
            PageMessages.infoAfterRedirect("breakout.backToRoom");
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/meeting/live.xhtml?m="
                        + group.getMeeting().getId());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        wasInBreakout = now;
    }

    // ---- Notes -----------------------------------------------------------------------------------------

    public void addNote() {
        if (guarded(() -> work.addNote(currentUser.requireId(), groupId, note), "noteForm")) {
            note = null;
        }
    }

    public void startEdit(BreakoutNote item) {
        editingId = item.getId();
        editingVersion = item.getVersion();
        editingText = item.getBody();
        theirText = null;
    }

    public void saveEdit() {
        if (editingId == null) {
            return;
        }
        try {
            work.editNote(currentUser.requireId(), editingId, editingVersion, editingText);
            cancelEdit();
            PageMessages.info("breakout.note.saved");
        } catch (StaleNote stale) {
            theirText = stale.currentBody();
            editingVersion = stale.currentVersion();
            PageMessages.error("editForm:editingText", "breakout.note.stale");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "editForm");
        } catch (NotFound gone) {
            PageMessages.error("editForm:editingText", "breakout.note.gone");
            editingId = null;
        } catch (AccessDenied denied) {
            PageMessages.error(null, "breakout.notYourGroup");
        }
        reload();
    }

    public void cancelEdit() {
        editingId = null;
        editingText = null;
        theirText = null;
    }

    public void delete(BreakoutNote item) {
        try {
            work.deleteNote(currentUser.requireId(), item.getId(), item.getVersion());
            PageMessages.info("breakout.note.deleted");
        } catch (StaleNote stale) {
            PageMessages.error(null, "breakout.note.staleDelete");
        } catch (NotFound gone) {
            PageMessages.error(null, "breakout.note.gone");
        } catch (AccessDenied denied) {
            PageMessages.error(null, "breakout.note.notYours");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "notesList");
        }
        reload();
    }

    public boolean mayDelete(BreakoutNote item) {
        return mayWrite && (view.facilitates() || (item.getAuthor() != null && item.getAuthor().getId() == currentUser.requireId()));
    }

    // ---- Finds, flag, settings -------------------------------------------------------------------------

    public void addFind() {
        if (guarded(() -> work.addFind(currentUser.requireId(), groupId, findKind, findTitle, findLink, findWhy), "findForm")) {
            PageMessages.info("breakout.find.added", findTitle.strip());
            findTitle = null;
            findLink = null;
            findWhy = null;
        }
    }

    public void callFacilitator(boolean needed) {
        guarded(() -> breakouts.callFacilitator(currentUser.requireId(), groupId, needed), "flagForm");
    }

    public void describe() {
        if (guarded(() -> breakouts.describe(currentUser.requireId(), groupId, name, lens, starterListId, cap), "settingsForm")) {
            PageMessages.info("breakout.described");
        }
    }

    /** Runs one action; a refusal shows in the page beside its field. Returns whether it went through. */
    private boolean guarded(Runnable action, String formId) {
        boolean done = false;
        try {
            action.run();
            done = true;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, formId);
        } catch (AccessDenied denied) {
            PageMessages.error(null, "breakout.notYourGroup");
        }
        reload();
        return done;
    }

    // ---- What the page shows ---------------------------------------------------------------------------

    public boolean isInBreakout() {
        return BreakoutService.inBreakout(group.getMeeting());
    }

    public long getRemainingSeconds() {
        return group.getMeeting().remaining(clock.instant()).toSeconds();
    }

    /** The focus question the groups research, as it stands (restated or as framed); null when the meeting has none. */
    public FocusQuestion getFocusQuestion() {
        return meetings.focusQuestion(currentUser.requireId(), group.getMeeting().getId());
    }

    /** The notes facilitators pinned for the whole room, the latest first. */
    public List<BreakoutNote> getPinned() {
        return work.pinned(currentUser.requireId(), group.getMeeting().getId());
    }

    public Meeting getMeeting() {
        return group.getMeeting();
    }

    public Breakout getGroup() {
        return group;
    }

    public MeetingView getView() {
        return view;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public boolean isMine() {
        return group.has(currentUser.requireId());
    }

    public List<BreakoutNote> getNotes() {
        return notes;
    }

    public List<Resource> getFinds() {
        return finds;
    }

    public List<Broadcast> getBroadcasts() {
        return broadcasts;
    }

    public List<ResourceKind> getFindKinds() {
        return GroupWorkService.FIND_KINDS;
    }

    public List<ResourceList> getStarterLists() {
        return starterLists;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditingText() {
        return editingText;
    }

    public void setEditingText(String editingText) {
        this.editingText = editingText;
    }

    public String getTheirText() {
        return theirText;
    }

    public ResourceKind getFindKind() {
        return findKind;
    }

    public void setFindKind(ResourceKind findKind) {
        this.findKind = findKind;
    }

    public String getFindTitle() {
        return findTitle;
    }

    public void setFindTitle(String findTitle) {
        this.findTitle = findTitle;
    }

    public String getFindLink() {
        return findLink;
    }

    public void setFindLink(String findLink) {
        this.findLink = findLink;
    }

    public String getFindWhy() {
        return findWhy;
    }

    public void setFindWhy(String findWhy) {
        this.findWhy = findWhy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLens() {
        return lens;
    }

    public void setLens(String lens) {
        this.lens = lens;
    }

    public Long getStarterListId() {
        return starterListId;
    }

    public void setStarterListId(Long starterListId) {
        this.starterListId = starterListId;
    }

    public Integer getCap() {
        return cap;
    }

    public void setCap(Integer cap) {
        this.cap = cap;
    }
}
