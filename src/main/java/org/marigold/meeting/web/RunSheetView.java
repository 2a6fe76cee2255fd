package org.marigold.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.RunSheet;

/**
 * The console's run sheet, read once per request and state of the meeting however often the page asks for its parts:
 * a console button's request reads it as it handles the form, before the step, and shows it after.
 */
@Named
@RequestScoped
public class RunSheetView {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    private RunSheet sheet;
    private long readAtVersion;

    /** The sheet of the meeting as the page shows it, at this version of the meeting. */
    public RunSheet of(long meetingId, long version) {
        if (sheet == null || readAtVersion != version) {
            sheet = meetings.runSheet(currentUser.requireId(), meetingId);
            readAtVersion = version;
        }
        return sheet;
    }
}
