package org.marigold.meeting.push;

import fish.payara.micro.cdi.ClusteredCDIEventBus;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.MeetingRepository;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.breakout.BreakoutService;

/**
 * The one bridge from meeting changes to browsers: after a change commits, every page open on that meeting
 * (its websocket is keyed by the meeting's id) is told what changed ({@link Push}: the new phase itself, and
 * how to spread the re-render requests) and re-renders that part. No timer ticks are pushed; pages count down from
 * the phase's clock. In a cluster the message also goes, through Payara's clustered CDI events (its Hazelcast data
 * grid), to the other instances, which push it to the pages open there. The push is built once, where the change
 * was made.
 */
@ApplicationScoped
public class MeetingPush {

    public static final String CHANNEL = "meeting";

    @Inject
    @jakarta.faces.push.Push(channel = CHANNEL) // named in full: this package's Push is the message
    PushContext pages;

    /** The name the change travels under between instances. */
    static final String CLUSTER_EVENT = "marigold.meeting-changed";

    @Inject
    @Outbound(eventName = CLUSTER_EVENT)
    Event<RelayedPush> otherInstances;

    @Inject
    MeetingRepository meetings;

    @Inject
    AccountService accounts;

    @Inject
    MeetingService service;

    @Inject
    Clock clock;

    /** Pushing to hundreds of pages is done beside the request that made the change, which answers at once. */
    @Resource
    ManagedExecutorService background;

    @Inject
    ClusteredCDIEventBus cluster;

    @Resource
    ManagedScheduledExecutorService timer;

    /**
     * What is said (and liked) close together goes to the pages open here in one push, whichever instance it was said
     * on; so do people arriving close together. The other instances are sent what is said here in batches of their own,
     * so that with two instances or more a page still gets at most two such pushes a second.
     */
    private SaidTogether saidTogether;
    private SaidTogether arrivingTogether;
    private SaidTogether saidForOthers;
    private SaidTogether arrivingForOthers;
    /** Pushes are sent under it (see there why). */
    private PushLoader sending;

    @PostConstruct
    void start() {
        sending = new PushLoader(MeetingPush.class.getClassLoader());
        saidTogether = together(this::deliverHere);
        arrivingTogether = together(this::deliverHere);
        saidForOthers = together(this::relay);
        arrivingForOthers = together(this::relay);
    }

    private SaidTogether together(BiConsumer<Long, Push> delivery) {
        return new SaidTogether((nanos, task) -> timer.schedule(task, nanos, TimeUnit.NANOSECONDS), System::nanoTime,
                (meetingId, push) -> beside(background, timer, () -> delivery.accept(meetingId, push)));
    }

    /** Payara delivers the other instances' events to this application once its event bus is started. */
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.initialize();
    }

    /** A change made here (@Default: not the copy sent to, or received from, the other instances). */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Default MeetingChanged change) {
        Meeting meeting = meetings.find(change.meetingId()).orElse(null);
        boolean said = change.added() != null && change.change() == MeetingChanged.Change.CONTRIBUTIONS;
        boolean came = change.added() != null && change.change() == MeetingChanged.Change.ATTENDANCE;
        Contribution added = said ? meetings.contribution(change.added()).orElse(null) : null;
        String arrived = came ? accounts.find(change.added()).map(Account::getDisplayName).orElse(null) : null;
        // A phase that shows nothing yet, with no breakout behind it (the room then shows the groups' results, whose
        // buttons depend on the phase), needs no re-render on most pages.
        boolean showsNothingYet = change.change() == MeetingChanged.Change.PHASE && meeting != null && service.showsNothingYet(meeting)
                && !BreakoutService.breakoutsBehind(meeting);
        Instant now = clock.instant();
        Push built = Push.of(change, meeting, added, arrived, meetings.attendanceCount(change.meetingId()), now, showsNothingYet);
        Contribution voted = change.voted() == null ? null : meetings.contribution(change.voted()).orElse(null);
        Push push = voted == null ? built : Push.withVotes(built, voted, now);
        if (said(push)) {
            saidTogether.offer(change.meetingId(), push);
            saidForOthers.offer(change.meetingId(), push);
        } else if (push.present() != null) {
            arrivingTogether.offer(change.meetingId(), push); // at the start of a big meeting, hundreds within a minute
            arrivingForOthers.offer(change.meetingId(), push);
        } else {
            beside(background, timer, () -> {
                deliverHere(change.meetingId(), push);
                relay(change.meetingId(), push);
            });
        }
    }

    /**
     * Runs a delivery on the pool, beside the request. When every thread of the pool is busy (seen when hundreds of
     * people arrived at once, each arrival then a push to hundreds of pages) the pool refuses it: it then waits its turn
     * on {@code queue} (the managed scheduler, whose queue takes whatever comes), and only if that refuses too is it
     * delivered here. Never lost; and the request, which may still hold a database connection, is not kept pushing to
     * hundreds of pages while others wait for one.
     */
    static void beside(Executor pool, Executor queue, Runnable delivery) {
        try {
            pool.execute(delivery);
        } catch (RejectedExecutionException poolBusy) {
            try {
                queue.execute(delivery);
            } catch (RejectedExecutionException queueRefused) {
                delivery.run();
            }
        }
    }

    /** To the pages open here. */
    private void deliverHere(long meetingId, Push push) {
        String json = push.toJson();
        sending.around(() -> pages.send(json, meetingId));
    }

    /** Through the data grid, to the pages open on the other instances. */
    private void relay(long meetingId, Push push) {
        otherInstances.fire(new RelayedPush(meetingId, push));
    }

    /**
     * A change made on another instance of the cluster, for the pages open on this one: what is said and who arrived
     * join what is said and who arrives here, in the same pushes.
     */
    void relayed(@Observes @Inbound(eventName = CLUSTER_EVENT) RelayedPush relayed) {
        Push push = relayed.push();
        if (said(push)) {
            saidTogether.offer(relayed.meetingId(), push);
        } else if (push.present() != null) {
            arrivingTogether.offer(relayed.meetingId(), push);
        } else {
            deliverHere(relayed.meetingId(), push);
        }
    }

    /** Something said or liked: it goes with what else is said close together. */
    private static boolean said(Push push) {
        return push.added() != null || push.votes() != null;
    }
}
