package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marigold.support.PayaraProcess;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * Stop and start the server mid-meeting: the meeting resumes in the same phase with the right remaining time,
 * and everything said is still there. Also drives the meeting's REST API (state, transitions, 409 when stale).
 */
class MeetingSurvivesRestartIT {

    /** The database the failsafe run names, made durable: an in-memory H2 would not survive the restart. */
    private static Map<String, String> database(Path folder) {
        Map<String, String> environment = new HashMap<>();
        for (String name : new String[] {"MARIGOLD_DB_URL", "MARIGOLD_DB_USER", "MARIGOLD_DB_PASSWORD", "MARIGOLD_DB_CLASS"}) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        String url = environment.getOrDefault("MARIGOLD_DB_URL", "jdbc:h2:mem:");
        if (url.startsWith("jdbc:h2:mem:")) {
            environment.put("MARIGOLD_DB_URL", "jdbc:h2:file:" + folder.resolve("marigold").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
            environment.put("MARIGOLD_DB_CLASS", "org.h2.jdbcx.JdbcDataSource");
            environment.put("MARIGOLD_DB_USER", "sa");
            environment.put("MARIGOLD_DB_PASSWORD", "sa");
        }
        return environment;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static WebClient logIn(java.net.URL url, String email) {
        WebClient client = new WebClient(url);
        WebClient.Page home = client.submit(client.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        assertTrue(home.html().contains("id=\"logoutForm\""), home.text());
        return client;
    }

    @Test
    void aMeetingResumesInTheSamePhaseWithTheRightTimeAfterARestart() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "restart-it", Long.toString(System.nanoTime())));
        Map<String, String> environment = database(folder);
        Path log = folder.resolve("payara.log");
        String felixEmail = People.email("Felix");
        String samEmail = People.email("Sam");
        long meetingId;
        long breakoutId;
        long remainingBefore;
        Instant measuredAt;

        try (PayaraProcess first = PayaraProcess.start(environment, log)) {
            WebClient felix = Visitors.registered(first.url(), "Félix Tremblay", felixEmail);
            String slug = Visitors.community(felix, "Restart circle", "", "PRIVATE");
            WebClient sam = Visitors.registered(first.url(), "Sam Rivera", samEmail);
            Visitors.join(sam, Visitors.invitation(felix, slug, "MEMBER"));
            meetingId = Visitors.meeting(felix, slug, "Restart Consultancy", "2030-12-02 19:30");

            HttpResponse<String> refused = sam.apiPost("api/meetings/" + meetingId + "/transitions", null, "{\"action\":\"start\",\"expectedPhase\":-1}");
            assertEquals(403, refused.statusCode(), "members cannot move the meeting through the API either");
            assertEquals(200, felix.apiPost("api/meetings/" + meetingId + "/transitions", null, "{\"action\":\"start\",\"expectedPhase\":-1}").statusCode());
            JsonObject moved = json(felix.apiPost("api/meetings/" + meetingId + "/transitions", null, "{\"action\":\"next\",\"expectedPhase\":0}"));
            assertEquals(1, moved.getInt("phaseIndex"));
            HttpResponse<String> stale = felix.apiPost("api/meetings/" + meetingId + "/transitions", null, "{\"action\":\"next\",\"expectedPhase\":0}");
            assertEquals(409, stale.statusCode(), "a second 'next' from phase 0 is stale");
            assertEquals(400, felix.apiPost("api/meetings/" + meetingId + "/transitions", null, "{\"action\":\"jump\",\"expectedPhase\":1}").statusCode());

            WebClient.Page asked = Visitors.say(sam, meetingId, "How many students read below grade level?");
            assertTrue(asked.shows("How many students read below grade level?"), asked.text());

            JsonObject state = json(sam.api("api/meetings/" + meetingId + "/state", null));
            assertEquals("RUNNING", state.getString("status"));
            assertEquals("QUESTIONS", state.getString("kind"));
            remainingBefore = state.getJsonNumber("remainingSeconds").longValue();
            measuredAt = Instant.now();

            breakoutId = breakoutWithANote(felix, sam, slug);
        }

        try (PayaraProcess second = PayaraProcess.start(environment, log)) {
            WebClient sam = logIn(second.url(), samEmail);
            JsonObject state = json(sam.api("api/meetings/" + meetingId + "/state", null));
            long elapsed = Duration.between(measuredAt, Instant.now()).toSeconds();
            assertEquals("RUNNING", state.getString("status"));
            assertEquals(1, state.getInt("phaseIndex"));
            assertEquals("Clarifying questions", state.getString("phaseTitle"));
            long remainingAfter = state.getJsonNumber("remainingSeconds").longValue();
            assertTrue(Math.abs((remainingBefore - remainingAfter) - elapsed) <= 2,
                    "the clock kept running from the phase's start: " + remainingBefore + "s then " + remainingAfter + "s, "
                            + elapsed + "s apart");

            WebClient.Page live = sam.get("meeting/live.xhtml?m=" + meetingId);
            assertTrue(live.shows("Clarifying questions"), live.text());
            assertTrue(live.shows("How many students read below grade level?"), "what was said is still there");

            WebClient.Page group = sam.get("meeting/group.xhtml?g=" + breakoutId);
            assertTrue(group.shows("Group 1") && group.shows("Sam Rivera"), "the group and who is in it: " + group.text());
            assertTrue(group.shows("Start from what the students already read"), "the group's notes are kept");

            WebClient felix = logIn(second.url(), felixEmail);
            assertEquals(2, json(felix.apiPost("api/meetings/" + meetingId + "/transitions", null,
                    "{\"action\":\"next\",\"expectedPhase\":1}")).getInt("phaseIndex"), "the facilitator carries on");
        }
    }

    /** A second meeting, in its breakouts: Félix forms one group, Sam writes a note on the group's page. */
    private static long breakoutWithANote(WebClient felix, WebClient sam, String slug) {
        long meetingId = Visitors.meeting(felix, slug, "Restart breakouts", "2030-12-03 19:30");
        String transitions = "api/meetings/" + meetingId + "/transitions";
        felix.apiPost(transitions, null, "{\"action\":\"start\",\"expectedPhase\":-1}");
        felix.apiPost(transitions, null, "{\"action\":\"next\",\"expectedPhase\":0}");
        assertEquals("BREAKOUT", json(felix.apiPost(transitions, null, "{\"action\":\"next\",\"expectedPhase\":1}")).getString("kind"));
        sam.get("meeting/live.xhtml?m=" + meetingId);
        WebClient.Page formed = felix.submit(felix.get("meeting/live.xhtml?m=" + meetingId), "groupsForm", "formGroups",
                Map.of("asked", "1", "asked_input", "1", "asked_hinput", "1", "split_input", "GROUPS"));
        assertTrue(formed.shows("One group is formed"), formed.text());
        String mine = sam.get("meeting/live.xhtml?m=" + meetingId).html().replaceAll("(?s).*group\\.xhtml\\?g=(\\d+).*", "$1");
        long breakoutId = Long.parseLong(mine);
        WebClient.Page noted = sam.submit(sam.get("meeting/group.xhtml?g=" + breakoutId), "noteForm", "addNote",
                Map.of("note", "Start from what the students already read"));
        assertTrue(noted.shows("Start from what the students already read"), noted.text());
        return breakoutId;
    }
}
