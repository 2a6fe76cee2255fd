package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.StaleTransition;
import org.marigold.meeting.TransitionAction;
import org.marigold.platform.Rejected;
import org.marigold.web.DisplayTime;
import org.marigold.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * The facilitator's console on a meeting's live page (meeting/live.xhtml): opening, starting, stepping, pausing and
 * ending the run, each one service call; the page ({@link MeetingLiveView}) then shows the run as it stands.
 */
@Named
@ViewScoped
public class ConsoleView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingLiveView live;

    private Integer minutesToAdd = 5;

    /**
     * A console button: it carries the run as its page showed it when pressed ({@link #getSeen()}, sent as the
     * request parameter {@code seen}), never the run as this bean last read it, which a push may have moved on
     * before the press is handled: two facilitators pressing "previous" together would then step back twice.
     */
    public void act(TransitionAction action) {
        SeenRun seen = seenOnPage(Faces.getRequestParameter("seen"));
        if (seen == null) { // a crafted request that names no run expects nothing, so it changes nothing
            live.refresh();
            PageMessages.error(null, "meeting.stale", live.phaseTitle(live.getMeeting().getPhaseIndex()));
            return;
        }
        boolean closingGroups = live.getMeeting().isClosingGroups();
        try {
            meetings.transition(currentUser.requireId(), live.getMeetingId(), action, seen,
                    action == TransitionAction.ADD_MINUTES && minutesToAdd != null ? minutesToAdd : 0);
            if (action == TransitionAction.STAY) {
                PageMessages.info(closingGroups ? "breakout.keptOpen" : "meeting.stayed");
            } else if (action == TransitionAction.CLOSE_GROUPS) {
                PageMessages.info("breakout.closing", getGroupsWarning());
            }
        } catch (StaleTransition stale) {
            live.refresh();
            if (stale.sameByPhase()) {
                PageMessages.error(null, "meeting.stale.minutes", stale.plannedMinutes());
            } else {
                PageMessages.error(null, "meeting.stale", live.phaseTitle(stale.currentPhase()));
            }
            return;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "console");
        }
        live.refresh();
    }

    /** The run as this page shows it, which each console button sends back: the phase and its planned seconds. */
    public String getSeen() {
        SeenRun seen = live.getMeeting().seen();
        return seen.phase() + "/" + seen.plannedSeconds();
    }

    private static SeenRun seenOnPage(String sent) {
        String[] parts = sent == null ? new String[0] : sent.split("/");
        try {
            return parts.length == 2 ? new SeenRun(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) : null;
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    public boolean isFirstPhase() {
        return live.getMeeting().getPhaseIndex() <= 0;
    }

    public boolean isLastPhase() {
        return live.getMeeting().getPhaseIndex() >= live.getMeeting().getPhases().size() - 1;
    }

    /** How long breakout groups are warned before they close, as "1 min" or "45 s". */
    public String getGroupsWarning() {
        return DisplayTime.shortly(live.getMeeting().getGroupsWarningSeconds());
    }

    /** "Close the groups in 1 min". */
    public String getCloseGroupsLabel() {
        return PageMessages.text("breakout.closeIn", getGroupsWarning());
    }

    public Integer getMinutesToAdd() {
        return minutesToAdd;
    }

    public void setMinutesToAdd(Integer minutesToAdd) {
        this.minutesToAdd = minutesToAdd;
    }
}
