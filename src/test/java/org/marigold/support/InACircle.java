package org.marigold.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.marigold.account.AccountService;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.community.Visibility;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.ProtocolService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.TransitionAction;

/**
 * What meeting integration tests start from, inside the server: a private community of practice with Amara its
 * admin, Felix a facilitator, Maya who presents, Sam a member, Gabriel a guest, and Olive, who is not in it. Add
 * this class to the test's deployment beside the test.
 */
public abstract class InACircle {

    @Inject
    protected AccountService accounts;

    @Inject
    protected CommunityService communities;

    @Inject
    protected MeetingService meetings;

    @Inject
    protected ProtocolService protocols;

    @Resource
    protected ManagedExecutorService executor;

    protected long admin;
    protected long coFacilitator;
    protected long presenter;
    protected long member;
    protected long guest;
    protected long outsider;
    protected String slug;

    @BeforeEach
    void community() {
        admin = person("Amara");
        coFacilitator = person("Felix");
        presenter = person("Maya");
        member = person("Sam");
        guest = person("Gabriel");
        outsider = person("Olive");
        slug = communities.create(admin, "Literacy circle", null, Visibility.PRIVATE).getSlugValue();
        invite(coFacilitator, Role.FACILITATOR);
        invite(presenter, Role.MEMBER);
        invite(member, Role.MEMBER);
        invite(guest, Role.GUEST);
    }

    protected long person(String name) {
        return accounts.registerConfirmed(People.email(name), name, People.PASSWORD, ZoneId.of("America/Toronto"), Locale.ENGLISH).getId();
    }

    protected void invite(long who, Role role) {
        communities.join(who, communities.invite(admin, slug, role, Duration.ofDays(1), null, null).secret());
    }

    /** A new member of the circle. */
    protected long newMember(String name) {
        long id = person(name);
        invite(id, Role.MEMBER);
        return id;
    }

    /** A meeting in ten minutes that follows our Consultancy: presentation, questions, breakout, recommendations, ... */
    protected long consultancy() {
        ProtocolTemplate template = protocols.templates(admin, slug).stream()
                .filter(t -> "consultancy".equals(t.getCode())).findFirst().orElseThrow();
        return meetings.schedule(admin, slug, "November", Instant.now().plusSeconds(600), template.getId(), presenter).getId();
    }

    /** Amara, the admin, moves the meeting on. */
    protected Meeting move(long meetingId, TransitionAction action, int expected) {
        return meetings.transition(admin, meetingId, action, SeenRun.atPhase(expected), 0);
    }

    /** Runs these at the same moment, on the server's threads, and returns what each gave, in order. */
    protected <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> task : tasks) {
            running.add(executor.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get());
        }
        return results;
    }
}
