package org.marigold.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marigold.browser.Browser;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.support.PayaraProcess;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * Two Payara Micro instances clustered by their Hazelcast data grid on loopback, on one PostgreSQL: a facilitator
 * moves a meeting on instance A, and a member's page on instance B follows (the change crosses through Payara's
 * clustered CDI events); then A is killed (SIGKILL) and the meeting carries on on B with nothing lost. Needs the
 * PostgreSQL that .ci/run starts (MARIGOLD_TEST_PG_URL); skipped without one.
 */
class ClusterBrowserIT {

    private static Map<String, String> postgres() {
        String url = System.getenv("MARIGOLD_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "The cluster runs on PostgreSQL: set MARIGOLD_TEST_PG_URL (.ci/run does)");
        return Map.of("MARIGOLD_DB_URL", url, "MARIGOLD_DB_USER", System.getenv().getOrDefault("MARIGOLD_TEST_PG_USER", "marigold"),
                "MARIGOLD_DB_PASSWORD", System.getenv().getOrDefault("MARIGOLD_TEST_PG_PASSWORD", "marigold"),
                "MARIGOLD_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    }

    private static void awaitCluster(PayaraProcess a, PayaraProcess b) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (!(a.logSays("DG Size: 2") && b.logSays("DG Size: 2"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The two instances did not form one cluster");
            }
            try {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void move(WebClient client, String token, long meeting, String action, int expected) {
        json(client.apiPost("api/meetings/" + meeting + "/transitions", token,
                "{\"action\":\"" + action + "\",\"expectedPhase\":" + expected + "}"));
    }

    @Test
    void aMeetingFollowedAcrossTwoInstancesCarriesOnWhenOneDies() throws Exception {
        Map<String, String> database = postgres();
        Path folder = Files.createDirectories(Path.of("target", "cluster"));
        String cluster = "marigold-it-" + UUID.randomUUID().toString().substring(0, 8);
        int gridA = PayaraProcess.freeLoopbackPort();
        int gridB = PayaraProcess.freeLoopbackPort();
        List<Integer> grid = List.of(gridA, gridB);
        try (PayaraProcess a = PayaraProcess.startInCluster(database, folder.resolve("a.log"), cluster, gridA, grid);
             PayaraProcess b = PayaraProcess.startInCluster(database, folder.resolve("b.log"), cluster, gridB, grid)) {
            awaitCluster(a, b);

            WebClient felix = Visitors.registered(a.url(), "Félix Tremblay", People.email("Felix"));
            String slug = Visitors.community(felix, "Cluster circle", "", "PRIVATE");
            String samEmail = People.email("Sam");
            Visitors.join(Visitors.registered(a.url(), "Sam Rivera", samEmail), Visitors.invitation(felix, slug, "MEMBER"));
            long meeting = Visitors.meetingSoon(felix, slug, "Province-wide Consultancy");
            String token = Visitors.apiToken(felix, "console");

            try (Browser sam = Browser.open(b.url().toURI(), Browser.PHONE)) {
                LoginPage.logIn(sam, samEmail, People.PASSWORD);
                MeetingPage page = MeetingPage.open(sam, b.url().toURI().resolve("meeting/live.xhtml?m=" + meeting).toString());
                move(felix, token, meeting, "open", -1);
                move(felix, token, meeting, "start", -1);
                page.waitForPhase("Problem presentation");
                move(felix, token, meeting, "next", 0);
                page.waitForPhase("Clarifying questions");
                page.say("How many students read below grade level?");

                a.kill();
                WebClient felixOnB = new WebClient(b.url());
                move(felixOnB, token, meeting, "next", 1);
                page.waitForPhase("Breakout research");
                JsonObject record = json(felixOnB.api("api/meetings/" + meeting + "/record", token));
                assertTrue(record.toString().contains("How many students read below grade level?"), "nothing said is lost: " + record);
                assertEquals("RUNNING", json(felixOnB.api("api/meetings/" + meeting + "/state", token)).getString("status"));
            }
        }
    }
}
