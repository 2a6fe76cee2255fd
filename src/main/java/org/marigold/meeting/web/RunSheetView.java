package org.marigold.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.RunSheet;

/** The console's run sheet, read once per request however often the page asks for its parts. */
@Named
@RequestScoped
public class RunSheetView {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    private RunSheet sheet;

    public RunSheet of(long meetingId) {
        if (sheet == null) {
            sheet = meetings.runSheet(currentUser.requireId(), meetingId);
        }
        return sheet;
    }
}
