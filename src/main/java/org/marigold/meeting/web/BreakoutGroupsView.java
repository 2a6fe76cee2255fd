package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.breakout.Breakout;
import org.marigold.meeting.breakout.BreakoutService;
import org.marigold.meeting.breakout.GroupAssignment;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** The breakout groups on the live meeting page: facilitators form them; everyone sees them and their own. */
@Named
@ViewScoped
public class BreakoutGroupsView implements Serializable {

    @Inject
    BreakoutService breakouts;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingLiveView live;

    private GroupAssignment.Split split = GroupAssignment.Split.GROUPS;
    private Integer asked = 2;
    private boolean presenterOut = true;
    private boolean spreadFacilitators = true;

    public void form() {
        try {
            List<Breakout> formed = breakouts.form(currentUser.requireId(), live.getMeetingId(), split,
                    asked == null ? 0 : asked, presenterOut, spreadFacilitators);
            PageMessages.info("breakout.formed", formed.size());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "groupsForm");
        }
    }

    public List<Breakout> getGroups() {
        return breakouts.groups(currentUser.requireId(), live.getMeetingId());
    }

    public boolean isMine(Breakout group) {
        return group.has(currentUser.requireId());
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
}
