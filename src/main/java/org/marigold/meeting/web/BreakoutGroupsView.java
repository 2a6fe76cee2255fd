package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.TransitionAction;
import org.marigold.meeting.breakout.Breakout;
import org.marigold.meeting.breakout.BreakoutNote;
import org.marigold.meeting.breakout.BreakoutService;
import org.marigold.meeting.breakout.GroupAssignment;
import org.marigold.meeting.breakout.GroupWorkService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * The breakout groups on the live meeting page: facilitators form them, move people, broadcast and close the
 * breakouts from an overview of every group; members see their group (or choose one) and go to its page; back in
 * the room, everyone reads what the groups found and a group turns its notes into recommendations.
 */
@Named
@ViewScoped
public class BreakoutGroupsView implements Serializable {

    @Inject
    BreakoutService breakouts;

    @Inject
    GroupWorkService work;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingLiveView live;

    @Inject
    ConsoleView console;

    @Inject
    MeetingService meetingService;

    private GroupAssignment.Split split = GroupAssignment.Split.GROUPS;
    private Integer asked = 2;
    private boolean presenterOut = true;
    private boolean spreadFacilitators = true;
    private boolean membersChoose;
    private Integer cap;

    private Long movePerson;
    private Long moveTo;
    private String broadcast;

    public void form() {
        GroupAssignment.Request request = new GroupAssignment.Request(split, asked == null ? 0 : asked, presenterOut,
                spreadFacilitators, membersChoose, cap);
        try {
            List<Breakout> formed = breakouts.form(currentUser.requireId(), live.getMeetingId(), request);
            PageMessages.info(membersChoose ? "breakout.formedToChoose" : "breakout.formed", formed.size());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "groupsForm");
        }
        forget();
    }

    public void move() {
        if (movePerson == null || moveTo == null) {
            PageMessages.error("overview:movePerson", "breakout.move.choose");
            return;
        }
        try {
            Breakout group = breakouts.move(currentUser.requireId(), live.getMeetingId(), movePerson, moveTo);
            PageMessages.info("breakout.moved", group.getName());
            movePerson = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "overview");
        }
        forget();
    }

    public void choose(Breakout group) {
        try {
            PageMessages.info("breakout.chosen", breakouts.choose(currentUser.requireId(), group.getId()).getName());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "groupsList");
        } catch (NotFound gone) {
            PageMessages.error(null, "breakout.noSuchGroup");
        }
        forget();
    }

    public void send() {
        try {
            breakouts.broadcast(currentUser.requireId(), live.getMeetingId(), broadcast);
            PageMessages.info("breakout.broadcast.sent");
            broadcast = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "overview");
        }
        forget();
    }

    /** Asks the groups to close once warned: everyone in them counts down, then the room is back together. */
    public void closeGently() {
        console.act(TransitionAction.CLOSE_GROUPS);
        forget();
    }

    /** The groups asked to close stay open after all. */
    public void keepOpen() {
        console.act(TransitionAction.STAY);
        forget();
    }

    /** Ends the breakout phase now: everyone returns to the room, where the groups' work is shown. */
    public void close() {
        console.act(TransitionAction.NEXT);
        forget();
    }

    public void clearFlag(Breakout group) {
        breakouts.callFacilitator(currentUser.requireId(), group.getId(), false);
        forget();
    }

    /** A facilitator pins a group's note for the whole room to see, or unpins it. */
    public void pin(BreakoutNote note, boolean pinned) {
        try {
            work.pin(currentUser.requireId(), note.getId(), pinned);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "overview");
        } catch (AccessDenied | NotFound refused) {
            PageMessages.error(null, "contribution.notAllowed");
        }
        forget();
        live.refresh();
    }

    /** The notes pinned for the room, the latest first; none where the meeting has no breakouts. */
    public List<BreakoutNote> getPinned() {
        return perRequest("pinned", () -> live.getMeeting().has(PhaseKind.BREAKOUT)
                ? work.pinned(currentUser.requireId(), live.getMeetingId()) : List.<BreakoutNote>of());
    }

    /** Back in the room, a group member makes one of the group's notes a recommendation. */
    public void recommend(BreakoutNote note) {
        try {
            work.recommend(currentUser.requireId(), note.getId());
            PageMessages.info("breakout.note.recommended");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "results");
        } catch (AccessDenied | NotFound refused) {
            PageMessages.error(null, "contribution.notAllowed");
        }
        live.refresh();
        forget();
    }

    public boolean mayRecommend(BreakoutNote note) {
        return !note.isRecommended() && live.getPhase() != null && live.getPhase().getKind().mainContribution()
                == org.marigold.meeting.ContributionKind.RECOMMENDATION
                && (note.getBreakout().has(currentUser.requireId()) || live.getView().facilitates());
    }

    public List<Breakout> getGroups() {
        return perRequest("groups", () -> breakouts.groups(currentUser.requireId(), live.getMeetingId()));
    }

    public List<BreakoutService.Summary> getOverview() {
        return perRequest("overview", () -> live.getView().facilitates()
                ? breakouts.overview(currentUser.requireId(), live.getMeetingId()) : List.<BreakoutService.Summary>of());
    }

    public List<GroupWorkService.GroupResult> getResults() {
        return perRequest("results", () -> work.results(currentUser.requireId(), live.getMeetingId()));
    }

    /**
     * The page asks for the groups many times while it renders; they are read once per request, and read again
     * after an action changed them.
     */
    @SuppressWarnings("unchecked")
    private <T> T perRequest(String key, java.util.function.Supplier<T> read) {
        return (T) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .computeIfAbsent(BreakoutGroupsView.class.getName() + "." + key, k -> read.get());
    }

    private void forget() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap().keySet()
                .removeIf(key -> key.startsWith(BreakoutGroupsView.class.getName() + "."));
    }

    public Optional<Breakout> mine() {
        return getGroups().stream().filter(this::isMine).findFirst();
    }

    public Breakout getMyGroup() {
        return mine().orElse(null);
    }

    public boolean isMine(Breakout group) {
        return group.has(currentUser.requireId());
    }

    /** Whether this person can pick this group now. */
    public boolean mayChoose(Breakout group) {
        return group.isChosenByMembers() && !isMine(group) && group.hasRoom() && isChoosing();
    }

    /** Whether this person is to pick a group now: members (not the presenter, not facilitators) before the breakouts end. */
    public boolean isChoosing() {
        return !live.getView().presents() && !live.getView().facilitates() && !isBreakoutsBehind()
                && live.getMeeting().getStatus() != org.marigold.meeting.MeetingStatus.ENDED;
    }

    /** Once the breakouts are over, the room shows what the groups found instead of the groups. */
    public boolean isBreakoutsBehind() {
        return BreakoutService.breakoutsBehind(live.getMeeting());
    }

    public boolean isInBreakout() {
        return BreakoutService.inBreakout(live.getMeeting());
    }

    /**
     * Whether the form that makes the groups is offered: before the breakouts, and in them while there are none yet.
     * Forming them again while groups work is not (moving people by hand keeps their work).
     */
    public boolean isFormingOffered() {
        return !isInBreakout() || getGroups().isEmpty();
    }

    /**
     * Whether that form starts unfolded: only in the breakouts with no groups yet. Before, folded to one line, it does
     * not stand between a facilitator and the questions below it.
     */
    public boolean isFormingNow() {
        return isInBreakout() && getGroups().isEmpty();
    }

    /** Everyone present, for the facilitator's "move" menu, labelled with their current group. */
    public List<Account> getPeople() {
        return perRequest("people", () -> live.getView().facilitates()
                ? meetingService.present(currentUser.requireId(), live.getMeetingId()) : List.<Account>of());
    }

    /** "Sam (Group 2)", or "Sam (in no group)", for the move menu. */
    public String moveLabel(Account person) {
        String group = getGroups().stream().filter(g -> g.has(person.getId())).map(Breakout::getName).findFirst()
                .orElse(PageMessages.text("breakout.inNoGroup"));
        return person.getDisplayName() + " (" + group + ")";
    }

    public GroupAssignment.Split[] getSplits() {
        return GroupAssignment.Split.values();
    }

    public GroupAssignment.Split getSplit() {
        return split;
    }

    public void setSplit(GroupAssignment.Split split) {
        this.split = split;
    }

    public Integer getAsked() {
        return asked;
    }

    public void setAsked(Integer asked) {
        this.asked = asked;
    }

    public boolean isPresenterOut() {
        return presenterOut;
    }

    public void setPresenterOut(boolean presenterOut) {
        this.presenterOut = presenterOut;
    }

    public boolean isSpreadFacilitators() {
        return spreadFacilitators;
    }

    public void setSpreadFacilitators(boolean spreadFacilitators) {
        this.spreadFacilitators = spreadFacilitators;
    }

    public boolean isMembersChoose() {
        return membersChoose;
    }

    public void setMembersChoose(boolean membersChoose) {
        this.membersChoose = membersChoose;
    }

    public Integer getCap() {
        return cap;
    }

    public void setCap(Integer cap) {
        this.cap = cap;
    }

    public Long getMovePerson() {
        return movePerson;
    }

    public void setMovePerson(Long movePerson) {
        this.movePerson = movePerson;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public String getBroadcast() {
        return broadcast;
    }

    public void setBroadcast(String broadcast) {
        this.broadcast = broadcast;
    }
}
