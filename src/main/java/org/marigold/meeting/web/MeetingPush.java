package org.marigold.meeting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.marigold.meeting.MeetingChanged;

/**
 * The one bridge from meeting changes to browsers: after a change commits, every page open on that meeting
 * (its websocket is keyed by the meeting's id) is told what changed and re-renders that part. No timer ticks
 * are pushed; pages count down from the phase's start and length.
 */
@ApplicationScoped
public class MeetingPush {

    public static final String CHANNEL = "meeting";

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingChanged change) {
        pages.send(change.change().event(), change.meetingId());
    }
}
