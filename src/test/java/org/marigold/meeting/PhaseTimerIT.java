package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.community.Role;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;
import org.marigold.support.People;
import org.marigold.support.PushFrame;
import org.marigold.support.WebClient;

/**
 * The server's own rounds move a meeting on (gentle timing: a phase set to move on by itself, once its time is up and
 * everyone was told) and every open page is told, as when a facilitator presses "next". It waits out a one-minute
 * phase. (Run by an EJB timer, the rounds' moves reached no page in the app started by the README's command, the push
 * bridge failing to read the meeting; here they did, so this does not show that difference.)
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database-independent")
class PhaseTimerIT extends InACircle {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(PhaseTimerIT.class, WebClient.class, PushFrame.class);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aPhaseThatMovesOnByItselfTellsEveryOpenPageWhenItDoes() throws Exception {
        long id = consultancy();
        Phase first = meetings.open(admin, id).meeting().getPhases().get(0);
        meetings.adjustPhase(admin, id, 0, first.getTitle(), first.getInstructions(), 1, true);
        String email = People.email("Noor");
        invite(accounts.registerConfirmed(email, "Noor", People.PASSWORD, ZoneId.of("America/Toronto"), Locale.ENGLISH).getId(), Role.MEMBER);
        WebClient noor = new WebClient(deployment);
        noor.submit(noor.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", People.PASSWORD));

        BlockingQueue<JsonObject> told = new LinkedBlockingQueue<>();
        WebSocket page = PushFrame.listen(noor, PushFrame.socketOf(noor.get("meeting/live.xhtml?m=" + id)), told);
        try {
            move(id, TransitionAction.START, -1);
            Instant due = Instant.now().plus(Duration.ofMinutes(1)).plus(Meeting.MOVE_ON_GRACE);
            JsonObject moved = phaseChangeTo(1, told, Duration.between(Instant.now(), due).plus(Duration.ofSeconds(30)));
            assertNotNull(moved, "Noor's page was told of the move");
            assertEquals(1, moved.getJsonObject("phase").getInt("index"));
        } finally {
            page.abort();
        }
        Transition last = meetings.transitions(admin, id).stream().max(Comparator.comparing(Transition::getHappenedAt)).orElseThrow();
        assertEquals(TransitionAction.NEXT, last.getAction());
        assertNull(last.getActor(), "nobody pressed: the time was up");
    }

    /** The first push of a phase change to this phase within {@code wait}, others passed over; null if none came. */
    private static JsonObject phaseChangeTo(int index, BlockingQueue<JsonObject> told, Duration wait) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            JsonObject message = told.poll(Duration.between(Instant.now(), until).toMillis(), TimeUnit.MILLISECONDS);
            if (message != null && "phase".equals(message.getString("change")) && message.containsKey("phase")
                    && message.getJsonObject("phase").getInt("index") == index) {
                return message;
            }
        }
        return null;
    }
}
