package org.marigold.meeting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import fish.payara.micro.cdi.ClusteredCDIEventBus;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.marigold.meeting.MeetingChanged;

/**
 * The one bridge from meeting changes to browsers: after a change commits, every page open on that meeting
 * (its websocket is keyed by the meeting's id) is told what changed and re-renders that part. No timer ticks
 * are pushed; pages count down from the phase's start and length. In a cluster the change also goes, through
 * Payara's clustered CDI events (its Hazelcast data grid), to the other instances, which tell the pages open there.
 */
@ApplicationScoped
public class MeetingPush {

    public static final String CHANNEL = "meeting";

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    /** The name the change travels under between instances. */
    static final String CLUSTER_EVENT = "marigold.meeting-changed";

    @Inject
    @Outbound(eventName = CLUSTER_EVENT)
    Event<MeetingChanged> otherInstances;

    @Inject
    ClusteredCDIEventBus cluster;

    /** Payara delivers the other instances' events to this application once its event bus is started. */
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.initialize();
    }

    /** A change made here (@Default: not the copy sent to, or received from, the other instances). */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Default MeetingChanged change) {
        pages.send(change.change().event(), change.meetingId());
        otherInstances.fire(change);
    }

    /** A change made on another instance of the cluster, for the pages open on this one. */
    void relayed(@Observes @Inbound(eventName = CLUSTER_EVENT) MeetingChanged change) {
        pages.send(change.change().event(), change.meetingId());
    }
}
