package org.marigold.meeting.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.breakout.GroupWorkService;

/** Reads a meeting's record, for the members and guests of its community. */
@ApplicationScoped
@Transactional
public class RecordService {

    @Inject
    MeetingService meetings;

    @Inject
    GroupWorkService groups;

    public MeetingRecord record(long actorId, long meetingId) {
        MeetingView view = meetings.open(actorId, meetingId);
        return MeetingRecord.of(view.meeting(), meetings.contributions(actorId, meetingId), groups.results(actorId, meetingId),
                meetings.present(actorId, meetingId).size());
    }
}
