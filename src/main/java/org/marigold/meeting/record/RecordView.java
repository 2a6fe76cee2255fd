package org.marigold.meeting.record;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marigold.account.CurrentUser;

/** meeting/record.xhtml: a meeting's record to read, print or download. */
@Named
@ViewScoped
public class RecordView implements Serializable {

    @Inject
    RecordService records;

    @Inject
    CurrentUser currentUser;

    private Long meetingId;
    private MeetingRecord record;

    public void load() {
        record = records.record(currentUser.requireId(), meetingId);
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }
}
