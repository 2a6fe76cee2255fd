package org.marigold.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marigold.browser.Browser;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.support.Inbox;
import org.marigold.support.LoadBalancer;
import org.marigold.support.PayaraProcess;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The cluster as people meet it: two Payara Micro instances clustered by their Hazelcast data grid on loopback, one
 * PostgreSQL, and HAProxy in front with the repository's own configuration (deploy/haproxy.cfg). A facilitator and a
 * member work through instance A, another member through B; every change reaches all three. Then A is killed
 * (SIGKILL) mid-meeting: the pages on A reload through HAProxy onto B still logged in (remembered login), showing the
 * current phase with what was being typed put back, nothing said is lost, and the facilitator carries on. A is
 * brought back, rejoins the cluster, and a change made there reaches the pages on B.
 * Needs the PostgreSQL and HAProxy that .ci/run installs (MARIGOLD_TEST_PG_URL); skipped without them.
 */
@Tag("browser")
class ClusterBrowserIT {

    private static Map<String, String> postgres() {
        String url = System.getenv("MARIGOLD_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "The cluster runs on PostgreSQL: set MARIGOLD_TEST_PG_URL (.ci/run does)");
        return Map.of("MARIGOLD_DB_URL", url, "MARIGOLD_DB_USER", System.getenv().getOrDefault("MARIGOLD_TEST_PG_USER", "marigold"),
                "MARIGOLD_DB_PASSWORD", System.getenv().getOrDefault("MARIGOLD_TEST_PG_PASSWORD", "marigold"),
                "MARIGOLD_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    }

    /** Waits until each instance's log says it is one of a data grid of two. */
    private static void awaitCluster(PayaraProcess... instances) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (!java.util.Arrays.stream(instances).allMatch(i -> i.logSays("DG Size: 2"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The two instances did not form one cluster");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
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

    private static long transitionsOf(Connection db, long meeting) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM meeting_transition WHERE meeting_id = ?")) {
            count.setLong(1, meeting);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long waitingForTransitionTable(Connection db) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'meeting_transition'::regclass")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void awaitWaitingForTransitionTable(Connection db) throws SQLException, InterruptedException {
        awaitLocks(db, true);
    }

    private static void awaitNoneWaitingForTransitionTable(Connection db) throws SQLException, InterruptedException {
        awaitLocks(db, false);
    }

    private static void awaitLocks(Connection db, boolean waiting) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while ((waitingForTransitionTable(db) > 0) != waiting) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(waiting ? "A never reached the transition's insert" : "a killed transaction still waits");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** The status line the proxy answers a raw request with (Java's HTTP client refuses to send a malformed address). */
    private static String statusLine(LoadBalancer balancer, String target) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(balancer.uri().getHost(), balancer.uri().getPort())) {
            socket.getOutputStream().write(("GET " + balancer.uri().getPath().replaceAll("/$", "") + target + " HTTP/1.1\r\nHost: "
                    + balancer.uri().getHost() + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static Browser through(LoadBalancer balancer, String instance, String email) {
        Browser browser = Browser.open(balancer.uri(), instance.equals("a") ? Browser.LAPTOP : Browser.PHONE);
        browser.go("login.xhtml");
        browser.setCookie(LoadBalancer.INSTANCE_COOKIE, instance); // as if HAProxy had sent this person there
        LoginPage.logIn(browser, email, People.PASSWORD);
        return browser;
    }

    @Test
    void aMeetingRunsAcrossTwoInstancesBehindHaproxyAndCarriesOnWhenOneDies() throws Exception {
        // Both instances send mail to one inbox: their outbox workers race over the same rows every five seconds.
        Inbox inbox = new Inbox();
        inbox.start();
        Map<String, String> database = new java.util.HashMap<>(postgres());
        database.putAll(Map.of("MARIGOLD_SMTP_HOST", "127.0.0.1", "MARIGOLD_SMTP_PORT", Integer.toString(inbox.port()),
                "MARIGOLD_SMTP_STARTTLS", "false", "MARIGOLD_MAIL_RETRY_AFTER", "PT1S"));
        Assumptions.assumeTrue(LoadBalancer.installed(), "HAProxy runs in front of the cluster: apt-get install haproxy (.ci/run does)");
        Path folder = Files.createDirectories(Path.of("target", "cluster"));
        String cluster = "marigold-it-" + UUID.randomUUID().toString().substring(0, 8);
        int gridA = PayaraProcess.freeLoopbackPort();
        int gridB = PayaraProcess.freeLoopbackPort();
        List<Integer> grid = List.of(gridA, gridB);
        int portA = PayaraProcess.freeLoopbackPort();
        PayaraProcess a = PayaraProcess.startInCluster(database, folder.resolve("a.log"), cluster, gridA, grid, portA);
        try (PayaraProcess b = PayaraProcess.startInCluster(database, folder.resolve("b.log"), cluster, gridB, grid);
             LoadBalancer haproxy = LoadBalancer.start(portA, b.port(), folder.resolve("haproxy.log"))) {
            awaitCluster(a, b);
            assertEquals("HTTP/1.1 400 Bad request", statusLine(haproxy, "/%zz"), "a malformed address is refused before the instances");
            assertEquals("HTTP/1.1 400 Bad request", statusLine(haproxy, "/communities.xhtml?q=%4"));
            assertTrue(statusLine(haproxy, "/communities.xhtml?q=%E2%80%99").endsWith(" 200 OK"), "a valid escape goes through");

            String felixEmail = People.email("Felix");
            WebClient felix = Visitors.registered(a.url(), "Félix Tremblay", felixEmail);
            String slug = Visitors.community(felix, "Cluster circle", "", "PRIVATE");
            String samEmail = People.email("Sam");
            String lenaEmail = People.email("Lena");
            Visitors.join(Visitors.registered(a.url(), "Sam Rivera", samEmail), Visitors.invitation(felix, slug, "MEMBER"));
            Visitors.join(Visitors.registered(a.url(), "Lena Fischer", lenaEmail), Visitors.invitation(felix, slug, "MEMBER"));
            // Newcomers register on either instance: each is mailed one link to confirm the address, not one per instance.
            List<String> newcomers = new java.util.ArrayList<>(List.of(felixEmail, samEmail, lenaEmail));
            for (int i = 0; i < 6; i++) {
                String email = People.email("Newcomer" + i);
                Visitors.registered((i % 2 == 0 ? a : b).url(), "Newcomer " + i, email);
                newcomers.add(email);
            }
            long meeting = Visitors.meetingSoon(felix, slug, "Province-wide Consultancy");
            String token = Visitors.apiToken(felix, "console");
            String live = "meeting/live.xhtml?m=" + meeting;

            try (Browser facilitator = through(haproxy, "a", felixEmail);
                 Browser sam = through(haproxy, "a", samEmail);
                 Browser lena = through(haproxy, "b", lenaEmail)) {
                MeetingPage console = MeetingPage.open(facilitator, haproxy.uri().resolve(live).toString());
                MeetingPage samsPage = MeetingPage.open(sam, haproxy.uri().resolve(live).toString());
                MeetingPage lenasPage = MeetingPage.open(lena, haproxy.uri().resolve(live).toString());
                assertEquals("a", sam.cookie(LoadBalancer.INSTANCE_COOKIE));
                assertEquals("b", lena.cookie(LoadBalancer.INSTANCE_COOKIE));

                console.openLobby();
                console.start();
                for (MeetingPage page : List.of(console, samsPage, lenasPage)) {
                    page.waitForPhase("Problem presentation");
                }
                console.next();
                samsPage.waitForPhase("Clarifying questions");
                lenasPage.waitForPhase("Clarifying questions"); // pushed from A to B through the data grid
                samsPage.say("How many students read below grade level?");
                lenasPage.waitForContribution("How many students read below grade level?");
                sam.type(By.id("composer:body"), "And what have you tried so far");
                ((JavascriptExecutor) sam.driver()).executeScript("window.servedByA = true;");

                // A phase change caught half-way: A has locked the meeting and is writing the change when PostgreSQL
                // holds its insert of the transition back (this connection locks that table); then A dies.
                try (Connection db = DriverManager.getConnection(database.get("MARIGOLD_DB_URL"), database.get("MARIGOLD_DB_USER"),
                        database.get("MARIGOLD_DB_PASSWORD"))) {
                    long transitionsBefore = transitionsOf(db, meeting);
                    db.setAutoCommit(false);
                    db.createStatement().execute("LOCK TABLE meeting_transition IN EXCLUSIVE MODE");
                    CompletableFuture.runAsync(() -> felix.apiPost("api/meetings/" + meeting + "/transitions", token,
                            "{\"action\":\"next\",\"expectedPhase\":1}"));
                    awaitWaitingForTransitionTable(db);
                    a.kill();
                    db.rollback();
                    db.setAutoCommit(true);
                    awaitNoneWaitingForTransitionTable(db);
                    assertEquals(transitionsBefore, transitionsOf(db, meeting), "the change A was writing when it died was never recorded");
                }
                sam.waitFor(() -> "the page loaded afresh from instance B",
                        d -> ((JavascriptExecutor) d).executeScript("return window.servedByA === undefined"
                                + " && document.getElementById('phaseTitle') !== null").equals(Boolean.TRUE));
                assertEquals("b", sam.cookie(LoadBalancer.INSTANCE_COOKIE), "HAProxy moved Sam to B");
                samsPage.waitForPhase("Clarifying questions");
                assertTrue(samsPage.url().contains("meeting/live.xhtml"), "still logged in, on the meeting: " + samsPage.url());
                assertEquals("And what have you tried so far",
                        sam.driver().findElement(By.id("composer:body")).getAttribute("value"), "the draft is put back");
                samsPage.waitForContribution("How many students read below grade level?");

                WebClient onB = new WebClient(b.url());
                assertEquals(1, json(onB.api("api/meetings/" + meeting + "/state", token)).getInt("phaseIndex"), "no half-applied phase change");
                console.waitForPhase("Clarifying questions");
                console.next(); // the facilitator's page came over to B too, and carries on
                for (MeetingPage page : List.of(samsPage, lenasPage)) {
                    page.waitForPhase("Breakout research");
                }
                JsonObject record = json(onB.api("api/meetings/" + meeting + "/record", token));
                assertTrue(record.toString().contains("How many students read below grade level?"), "nothing said is lost: " + record);

                try (PayaraProcess again = PayaraProcess.startInCluster(database, folder.resolve("a-again.log"), cluster, gridA, grid, portA)) {
                    awaitCluster(again); // it found B again
                    move(new WebClient(again.url()), token, meeting, "previous", 2);
                    for (MeetingPage page : List.of(console, samsPage, lenasPage)) {
                        page.waitForPhase("Clarifying questions"); // from the instance brought back, to the pages on B
                    }
                }
            }
            for (String email : newcomers) {
                inbox.await(email, "Confirm your address", 1, Duration.ofMinutes(1));
            }
            for (String email : newcomers) {
                assertEquals(1, inbox.to(email, "Confirm your address").size(), email + ": one message, however many instances send");
            }
        } finally {
            a.close();
            inbox.stop();
        }
    }
}
