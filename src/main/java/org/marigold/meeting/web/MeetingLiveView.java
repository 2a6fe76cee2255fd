package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.FocusQuestion;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.platform.AccessDenied;
import org.marigold.web.Language;
import org.marigold.web.PageMessages;

/**
 * The live meeting page (meeting/live.xhtml): the meeting as the page last read it, which every part of the page shows,
 * read again after each action and push; its phase and timer, who is here, and the words the page's scripts fill in.
 * What a person does has its own bean: the facilitator's console ({@link ConsoleView}), the list of what is said
 * ({@link ContributionsView}) and the box they write in ({@link ComposerView}).
 */
@Named
@ViewScoped
public class MeetingLiveView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    org.marigold.meeting.breakout.BreakoutService breakouts;

    private Long meetingId;
    private MeetingView view;
    /**
     * The phase this page last followed a phase change to; other refreshes may read a newer phase first, and the
     * page must still notice that the breakouts began.
     */
    private int phaseSeen;
    /** Whether this page has recorded its person as present (not before the lobby opens). */
    private boolean joined;
    /**
     * Who is here: the count and the latest names only. Every open page keeps its own, so a meeting of a thousand
     * does not keep a thousand lists of a thousand people (the attendance page has everyone).
     */
    private MeetingService.Presence presence = new MeetingService.Presence(0, List.of());

    static final int NAMES_SHOWN = 40;

    /**
     * The meeting as the page last read it. Missing only in a bean Faces made while rebuilding a page whose view this
     * server no longer holds (another instance served it, or it restarted): the page expired, and says so, rather than
     * failing on the conditions that build it.
     */
    private MeetingView view() {
        if (view == null) {
            throw new jakarta.faces.application.ViewExpiredException("The meeting page's view is not held here", "/meeting/live.xhtml");
        }
        return view;
    }

    public void load() {
        view = meetings.join(currentUser.requireId(), meetingId);
        joined = view().meeting().getStatus() != MeetingStatus.SCHEDULED;
        phaseSeen = view().meeting().getPhaseIndex();
        breakouts.placeLateJoiner(currentUser.requireId(), meetingId)
                .ifPresent(group -> PageMessages.info("breakout.placed", group.getName()));
        readPresence();
    }

    /**
     * Called when a push says the meeting changed, and after each action. When the breakouts begin, a group's members
     * go to their group's page (facilitators stay at the console, from where they visit the groups). Whichever
     * refresh first sees the new phase does it, so a push that arrives late or not at all cannot keep someone in the
     * room.
     */
    public void refresh() {
        refreshPhase();
        readPresence(); // after: reading the meeting again may have recorded the person's arrival
    }

    /** The same for a phase change's push, which leaves who is here as it was (an arrival has its own push). */
    public void refreshPhase() {
        reread();
        int now = view().meeting().getPhaseIndex();
        if (now == phaseSeen) {
            return;
        }
        phaseSeen = now;
        if (org.marigold.meeting.breakout.BreakoutService.inBreakout(view().meeting()) && !view().facilitates()) {
            breakouts.mine(currentUser.requireId(), meetingId).ifPresent(group -> {
                PageMessages.infoAfterRedirect("breakout.begun", group.getName());
                jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
                try {
                    external.redirect(external.getRequestContextPath() + "/meeting/group.xhtml?g=" + group.getId());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * The pushes that change one part re-read only what that part shows: in a meeting of hundreds every push is
     * answered by every page at once, so a contribution does not make each of them re-read who is present.
     */
    public void refreshStage() {
        reread();
    }

    public void refreshContributions() {
        reread(); // the contributions are read afresh when the list is rendered
    }

    public void refreshAttendance() {
        reread();
        readPresence();
    }

    /** The meeting as it now stands, checked again against the person (who may have been removed meanwhile). */
    void reread() {
        forgetLists();
        view = meetings.open(currentUser.requireId(), meetingId);
        if (!joined && view().meeting().getStatus() != MeetingStatus.SCHEDULED) {
            // Waiting on the page before the lobby opened: arriving counts once it has.
            view = meetings.join(currentUser.requireId(), meetingId);
            joined = true;
        }
    }

    private void readPresence() {
        presence = meetings.presence(currentUser.requireId(), meetingId, NAMES_SHOWN);
    }

    // ---- Facilitator console -------------------------------------------------------------------------

    /** A phase's title in the page's language (the run sheet names every phase). */
    public String phaseTitle(int index) {
        List<Phase> phases = view().meeting().getPhases();
        return index < 0 || index >= phases.size() ? PageMessages.text("meeting.lobby") : phases.get(index).in(PageMessages.language()).getTitle();
    }

    /** What a refusal says: its own reason ("The presenter listens during this phase"), or that the role does not allow it. */
    static String why(AccessDenied denied) {
        return denied.messageKey() == null ? "contribution.notAllowed" : denied.messageKey();
    }

    /** A contribution of this meeting by its id, read once per request (the composer asks for what it answers often). */
    Contribution contribution(long id) {
        String key = MeetingLiveView.class.getName() + ".contribution." + id;
        Map<String, Object> request = thisRequest();
        if (!request.containsKey(key)) {
            request.put(key, meetings.contribution(currentUser.requireId(), meetingId, id).orElse(null));
        }
        return (Contribution) request.get(key);
    }

    /** The focus question as it stands (restated or as framed), read once per request; null when the meeting has none. */
    public FocusQuestion getFocusQuestion() {
        String key = MeetingLiveView.class.getName() + ".focusQuestion";
        Map<String, Object> request = thisRequest();
        if (!request.containsKey(key)) {
            request.put(key, meetings.focusQuestion(currentUser.requireId(), meetingId));
        }
        return (FocusQuestion) request.get(key);
    }

    /**
     * What the page's parts read of the meeting's contributions is kept for one request, under keys that start with
     * this class's name, and forgotten when the meeting is read again.
     */
    static Map<String, Object> thisRequest() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    /** The meeting or its contributions changed during this request: what was read of them is read again. */
    private void forgetLists() {
        thisRequest().keySet().removeIf(key -> key.startsWith(MeetingLiveView.class.getName() + "."));
    }

    /**
     * Messages with their number or words left open, for js/live/ to fill in as pushes come ("Here now ({0})", "New
     * question: {0}"): {@code patterns['meeting.present']}, in the page's language.
     */
    public Map<String, String> getPatterns() {
        return PATTERNS;
    }

    private static final Map<String, String> PATTERNS = new java.util.AbstractMap<>() {
        @Override
        public String get(Object key) {
            return PageMessages.text(String.valueOf(key), "{0}");
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return Set.of();
        }
    };

    public boolean isFacilitating() {
        return view().facilitates();
    }

    public Meeting getMeeting() {
        return view().meeting();
    }

    /**
     * The phase now, in the page's language (a built-in protocol's words; a facilitator's as written, or as they wrote it
     * in this language too).
     */
    public Phase getPhase() {
        Phase phase = view().meeting().currentPhase();
        return phase == null ? null : phase.shownIn(PageMessages.language());
    }

    /** The phase's instructions (a bilingual chat's question) in the other languages it is written in, for the reader to show. */
    public List<OtherWords> getOtherLanguages() {
        Phase phase = view().meeting().currentPhase();
        return phase == null ? List.of() : others(phase);
    }

    /** Whether any of the meeting's phases is written in other languages (the page then holds a place to show them). */
    public boolean isBilingual() {
        return view().meeting().getPhases().stream().anyMatch(Phase::isTranslated);
    }

    private static List<OtherWords> others(Phase phase) {
        Locale language = PageMessages.language();
        return phase.othersIn(language).stream().map(other -> new OtherWords(other.language(), PageMessages.text("phase.otherLanguage",
                other.language().isEmpty() ? PageMessages.text("phase.asWritten") : Language.ownName(Locale.forLanguageTag(other.language()))),
                other.text())).toList();
    }

    /** A phase's instructions in another language: its tag ("" for as first written), its label for the reader ("Français:"), the text. */
    public record OtherWords(String tag, String name, String text) implements Serializable {
    }

    /** A phase's words in the page's language, under the key a push names them by (js/live/phase.mjs). */
    public record PhaseWords(String key, String title, String instructions, String norm, List<OtherWords> others) implements Serializable {
    }

    /** The protocol's name in the page's language (a built-in's; a community's own as written). */
    public String getProtocolName() {
        return view().meeting().protocolNameIn(PageMessages.language());
    }

    /**
     * The words of the meeting's phases in the page's language, by key ({@link Meeting#wordsKey}): a push carries a
     * phase's words as stored (in the language the meeting was planned in) and their key, and the page shows its own
     * language's words for it (js/live/phase.mjs): a built-in's, or those a facilitator wrote in this language too.
     */
    public List<PhaseWords> getWordedPhases() {
        Meeting meeting = view().meeting();
        List<PhaseWords> worded = new java.util.ArrayList<>();
        for (int i = 0; i < meeting.getPhases().size(); i++) {
            String key = meeting.wordsKey(i);
            if (key != null) {
                Phase phase = meeting.getPhases().get(i);
                Phase shown = phase.shownIn(PageMessages.language());
                worded.add(new PhaseWords(key, shown.getTitle(), shown.getInstructions(), shown.getNorm(), others(phase)));
            }
        }
        return worded;
    }

    public int getPhaseNumber() {
        return view().meeting().getPhaseIndex() + 1;
    }

    public long getRemainingSeconds() {
        return view().meeting().remaining(clock.instant()).toSeconds();
    }

    /** Whether this meeting's protocol has a breakout phase, so groups can be formed. */
    public boolean isHasBreakout() {
        return view().meeting().has(org.marigold.meeting.PhaseKind.BREAKOUT);
    }

    /** Whether the page offers to join the meeting's video call now. */
    public boolean isCallOpen() {
        return view().meeting().isCallOpen(clock.instant());
    }

    /** Whether the meeting has a video call that opens later (the page says when). */
    public boolean isCallLater() {
        return view().meeting().getPlace().getCallLink() != null && !isCallOpen() && isInLobby();
    }

    public boolean isInLobby() {
        MeetingStatus status = view().meeting().getStatus();
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.OPEN;
    }

    public MeetingView getView() {
        return view();
    }

    public long getPresentCount() {
        return presence.count();
    }

    /** The latest to arrive, newest first (at most {@link #NAMES_SHOWN}). */
    public List<String> getPresentNames() {
        return presence.latest();
    }

    public int getNamesShown() {
        return NAMES_SHOWN;
    }

    /** How many are here beyond the names shown. */
    public long getPresentBeyondNames() {
        return presence.count() - presence.latest().size();
    }

    /** The phase this page last followed a phase change to. */
    int phaseSeen() {
        return phaseSeen;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

}
