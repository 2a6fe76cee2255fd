package org.marigold.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marigold.support.PayaraProcess;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * What one live-meeting page's requests cost the server, one at a time on an otherwise idle instance (not a test;
 * docs/benchmarks.md). The load benchmark says how a crowd fares; this one says where each request's time goes
 * without the crowd's noise, so a change to the page can be compared before and after: the meeting page's GET, the
 * re-render a phase change asks for, the one a vote asks for, a question sent, each beside a trivial Faces page
 * measured the same way on the same server, and read as multiples of it.
 *
 * <p>The meeting holds {@code -Dcost.questions} questions (200) from {@code -Dcost.people} people (20) in its
 * clarifying phase, so the list shows its latest forty and the rest are counted. PostgreSQL, as the load benchmark
 * ({@code -Dload.db.url}).
 */
class PageCostBenchmark {

    private static final int QUESTIONS = Integer.getInteger("cost.questions", 200);
    private static final int PEOPLE = Integer.getInteger("cost.people", 20);
    private static final int WARMUP = Integer.getInteger("cost.warmup", 200);
    private static final int MEASURED = Integer.getInteger("cost.measured", 300);

    @Test
    void eachRequestOneAtATime() throws Exception {
        String url = MeetingLoadBenchmark.setting("load.db.url", "MARIGOLD_TEST_PG_URL", null);
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql"), "Runs on PostgreSQL: -Dload.db.url or MARIGOLD_TEST_PG_URL");
        Map<String, String> database = Map.of("MARIGOLD_DB_URL", url,
                "MARIGOLD_DB_USER", MeetingLoadBenchmark.setting("load.db.user", "MARIGOLD_TEST_PG_USER", "marigold"),
                "MARIGOLD_DB_PASSWORD", MeetingLoadBenchmark.setting("load.db.password", "MARIGOLD_TEST_PG_PASSWORD", "marigold"),
                "MARIGOLD_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                // The participants come from addresses of their own (X-Forwarded-For): 300 logins from one would be throttled.
                "MARIGOLD_TRUSTED_PROXIES", "127.0.0.1");
        Path folder = Files.createDirectories(Path.of("target", "benchmarks"));
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + System.getProperty("load.heap", "2g"), "-Dmarigold.password.iterations=1024"));
        String extra = System.getProperty("load.jvm", ""); // e.g. a flight recording, to see where the time goes
        if (!extra.isBlank()) {
            jvm.addAll(List.of(extra.strip().split("\\s+")));
        }
        int grid = PayaraProcess.freeLoopbackPort();
        PayaraProcess server = PayaraProcess.startInCluster(database, folder.resolve("page-cost.log"),
                "marigold-cost-" + UUID.randomUUID().toString().substring(0, 8), grid, List.of(grid), PayaraProcess.freeLoopbackPort(), jvm);
        try {
            String table = measure(database, server);
            String heading = String.format(Locale.ROOT, "PostgreSQL, one instance, one request at a time (%d warm-up, %d measured"
                    + " each), a meeting with %d questions from %d people; %s%n%n", WARMUP, MEASURED, QUESTIONS, PEOPLE, Instant.now());
            Files.writeString(folder.resolve("page-cost.md"), heading + table);
            System.out.println("\n" + heading + table);
        } finally {
            server.close();
        }
    }

    private static String measure(Map<String, String> database, PayaraProcess server) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String felixEmail = People.email("Felix");
        WebClient felix = Visitors.registered(server.url(), "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felix, "Province-wide network " + run, "", "PRIVATE");
        long meeting = Visitors.meetingSoon(felix, slug, "Province-wide Consultancy");
        String token = Visitors.apiToken(felix, "console");
        MeetingLoadBenchmark.seed(database, run, felixEmail, slug, PEOPLE);
        URI base = WebClient.local(server.url());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        Latencies ignored = new Latencies();
        String live = "meeting/live.xhtml?m=" + meeting;
        WebClient console = new WebClient(server.url());
        MeetingLoadBenchmark.transition(console, token, meeting, "open", -1);
        MeetingLoadBenchmark.transition(console, token, meeting, "start", -1);
        MeetingLoadBenchmark.transition(console, token, meeting, "next", 0); // clarifying questions
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= PEOPLE; i++) {
            Participant person = new Participant("load-" + i + "-" + run + "@example.org", base, http, ignored);
            person.logIn(People.PASSWORD);
            person.open(live);
            people.add(person);
        }
        for (int q = 0; q < QUESTIONS; q++) {
            Participant person = people.get(q % PEOPLE);
            fine(person.ask("Which of the " + q + " groups read below grade level, " + person.email + "?").get(30, TimeUnit.SECONDS));
        }
        Participant sam = people.get(0);
        sam.open(live);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        HttpRequest trivial = HttpRequest.newBuilder(base.resolve("error/404.xhtml")).GET().build();
        try {
            Latencies trivialPage = time(() -> http.send(trivial, HttpResponse.BodyHandlers.ofString()), false);
            Latencies page = time(() -> sam.open(live), false); // open() itself refuses anything but the meeting page
            Latencies phase = time(() -> sam.refresh("phase", 0, timer).get(30, TimeUnit.SECONDS), true);
            Latencies contributions = time(() -> sam.refresh("contributions", 0, timer).get(30, TimeUnit.SECONDS), true);
            Latencies asked = time(() -> sam.ask("One more question from Sam?").get(30, TimeUnit.SECONDS), true);
            double unit = trivialPage.percentile(50);
            StringBuilder table = new StringBuilder("| request | p50 ms | p95 ms | p50 as trivial pages |\n|---|---:|---:|---:|\n");
            row(table, "trivial Faces page (error/404.xhtml)", trivialPage, unit);
            row(table, "meeting page GET", page, unit);
            row(table, "re-render for a phase change (marigoldRefresh_phase)", phase, unit);
            row(table, "re-render of the list (marigoldRefresh_contributions)", contributions, unit);
            row(table, "a question sent (composer)", asked, unit);
            return table.toString();
        } finally {
            timer.shutdownNow();
        }
    }

    private static void row(StringBuilder table, String name, Latencies latencies, double unit) {
        table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", name, latencies.percentile(50), latencies.percentile(95),
                latencies.percentile(50) / unit));
    }

    /** The request, warmed up and then measured, one after the other; every answer must be a page, not an error. */
    private static Latencies time(Callable<HttpResponse<String>> request, boolean mustBeFine) throws Exception {
        Latencies measured = new Latencies();
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = request.call();
            long took = System.nanoTime() - started;
            if (mustBeFine) {
                fine(answer);
            }
            if (i >= WARMUP) {
                measured.add(took);
            }
        }
        return measured;
    }

    /** A figure is only worth reading if every request was answered with the page, never an error. */
    private static void fine(HttpResponse<String> answer) {
        org.junit.jupiter.api.Assertions.assertTrue(answer != null && Participant.fine(answer),
                () -> "Not a page: " + (answer == null ? "no answer" : answer.statusCode() + " " + answer.body()));
    }
}
