package org.marigold.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marigold.support.LoadBalancer;
import org.marigold.support.PayaraProcess;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A big live meeting, measured (not a test; docs/benchmarks.md): N people log in, open the meeting page and keep its
 * websocket open, post and like at a realistic rate, and a few reload the page (joining late), while the facilitator
 * moves the meeting on every twenty seconds through the REST API: a chat, released question by question, and a
 * Consultancy stepped back and forth between two phases (the hardest case; see {@link Scenario}). Reported: how long
 * until every participant shows a phase change (the push carries it) and until each page has caught up with it whole
 * (the re-render the push asks for, spread over the pace it gives), page and AJAX latencies, errors, the servers' CPU
 * and heap; and, from the same run on the same server, the throughput of a trivial Faces page, so the figures read
 * as ratios.
 *
 * <p>Runs on PostgreSQL (the production database; MARIGOLD_TEST_PG_URL or -Dload.db.url), one instance alone and two
 * behind HAProxy (deploy/haproxy.cfg). Sizes: -Dload.participants=100,300,1000 -Dload.instances=1,2 -Dload.seconds=60,
 * -Dload.scenarios=chat,consultancy.
 */
class MeetingLoadBenchmark {

    private static final String PASSWORD = People.PASSWORD;
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);
    private static final int PHASE_EVERY_SECONDS = Integer.getInteger("load.phaseEvery", 20);
    /** Unmeasured time first, the meeting running as it will (a whole number of phase changes: two by default). */
    private static final int WARMUP_SECONDS = Integer.getInteger("load.warmup", 2 * PHASE_EVERY_SECONDS);
    /** Each participant asks, on average, once in this many seconds while questions are open. */
    private static final int ASK_EVERY_SECONDS = Integer.getInteger("load.askEvery", 60);
    /** In a chat, each participant likes one of the answers shown, on average once in this many seconds. */
    private static final int LIKE_EVERY_SECONDS = Integer.getInteger("load.likeEvery", 60);
    /** Of every hundred participants, this many reload the page during the run (a phone woke up, someone joined late). */
    private static final int RELOADING_PERCENT = Integer.getInteger("load.reloadingPercent", 10);

    static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static List<Integer> numbers(String property, String otherwise) {
        return Arrays.stream(System.getProperty(property, otherwise).split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /**
     * How the meeting runs. A chat (#edchat): the moderator releases the next question every few seconds, everyone
     * answers and likes answers, every step goes forward to a question nobody has answered yet. A Consultancy stepped
     * back and forth between the problem presentation and the clarifying questions, everyone asking while questions
     * are open: every other step goes back to a phase that already holds hundreds of questions, which each page must
     * render again (the hardest case for the server, not how a meeting runs).
     */
    enum Scenario {
        CHAT("Chat (#edchat", "Province-wide #edchat"), CONSULTANCY("Consultancy (as our", "Province-wide Consultancy");

        final String protocol;
        final String title;

        Scenario(String protocol, String title) {
            this.protocol = protocol;
            this.title = title;
        }

        String label() {
            return this == CHAT ? "chat, forward" : "Consultancy, back and forth";
        }
    }

    record Row(Scenario scenario, int instances, int participants, Latencies phaseShown, Latencies caughtUp, Latencies pages,
               Latencies posts, Latencies likes, Latencies refreshes, Latencies exchanges, long missed, double cores, double machineCores,
               long peakHeapMb, long liveHeapMb, double trivialPerSecond, int phaseChanges, int questions) {
    }

    @Test
    void aBigMeetingUnderLoad() throws Exception {
        String url = setting("load.db.url", "MARIGOLD_TEST_PG_URL", null);
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql"), "Runs on PostgreSQL: -Dload.db.url or MARIGOLD_TEST_PG_URL");
        Map<String, String> database = Map.of("MARIGOLD_DB_URL", url,
                "MARIGOLD_DB_USER", setting("load.db.user", "MARIGOLD_TEST_PG_USER", "marigold"),
                "MARIGOLD_DB_PASSWORD", setting("load.db.password", "MARIGOLD_TEST_PG_PASSWORD", "marigold"),
                "MARIGOLD_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                // The participants come from addresses of their own (X-Forwarded-For): 300 logins from one would be throttled.
                "MARIGOLD_TRUSTED_PROXIES", "127.0.0.1");
        List<Row> rows = new ArrayList<>();
        for (String name : System.getProperty("load.scenarios", "chat,consultancy").split(",")) {
            Scenario scenario = Scenario.valueOf(name.strip().toUpperCase(Locale.ROOT));
            for (int instances : numbers("load.instances", "1,2")) {
                for (int participants : numbers("load.participants", "100,300,1000")) {
                    try {
                        Row row = run(database, scenario, instances, participants);
                        rows.add(row);
                        System.out.println("\n" + line(row));
                    } catch (Exception notCarried) { // e.g. the facilitator's request timed out: the next rows still run
                        System.out.printf(Locale.ROOT, "%n%s, %d × %d: not carried (%s)%n", scenario.label(), instances, participants,
                                notCarried);
                    }
                }
            }
        }
        String heading = String.format(Locale.ROOT, "PostgreSQL, %d s measured per row after %d s of warm-up, a phase change every %d s,"
                + " each participant posts about once in %d s while the phase takes it (in a chat, likes an answer once in %d s),"
                + " %d%% reload the page; %s%n%n", SECONDS, WARMUP_SECONDS, PHASE_EVERY_SECONDS, ASK_EVERY_SECONDS, LIKE_EVERY_SECONDS,
                RELOADING_PERCENT, Instant.now());
        String table = "| meeting | instances | participants | phase change shown p50/p95/p99 ms | whole page caught up p50/p95/p99 ms"
                + " | page GET p50/p95 ms | post (question, answer) p50/p95 ms | any AJAX request p50/p95 ms (count) | errors"
                + " | CPU, server / whole machine (cores of 2) | heap peak / live MB | trivial Faces page req/s |\n"
                + "|---|---:|---:|---|---|---|---|---|---:|---:|---:|---:|\n"
                + String.join("\n", rows.stream().map(MeetingLoadBenchmark::line).toList()) + "\n";
        Path out = Path.of("target", "benchmarks", "meeting-load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, heading + table);
        System.out.println("\n" + heading + table);
    }

    private static String line(Row r) {
        long errors = r.missed() + r.phaseShown().errors() + r.pages().errors() + r.posts().errors() + r.refreshes().errors()
                + r.likes().errors();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f / %.0f / %.0f | %.0f / %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f (%d) | %d | %.2f / %.2f | %d / %d | %.0f |",
                r.scenario().label(), r.instances(), r.participants(), r.phaseShown().percentile(50), r.phaseShown().percentile(95),
                r.phaseShown().percentile(99),
                r.caughtUp().percentile(50), r.caughtUp().percentile(95), r.caughtUp().percentile(99), r.pages().percentile(50),
                r.pages().percentile(95), r.posts().percentile(50), r.posts().percentile(95), r.exchanges().percentile(50),
                r.exchanges().percentile(95), r.exchanges().count(), errors, r.cores(), r.machineCores(), r.peakHeapMb(), r.liveHeapMb(),
                r.trivialPerSecond());
    }

    private Row run(Map<String, String> database, Scenario scenario, int instanceCount, int size) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "benchmarks",
                "load-" + scenario.name().toLowerCase(Locale.ROOT) + "-" + instanceCount + "x" + size));
        String cluster = "marigold-load-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> grid = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < instanceCount; i++) {
            grid.add(PayaraProcess.freeLoopbackPort());
            ports.add(PayaraProcess.freeLoopbackPort());
        }
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + System.getProperty("load.heap", "2g"), "-Dmarigold.password.iterations=1024"));
        String extra = System.getProperty("load.jvm", ""); // e.g. a flight recording, to see where the time goes
        if (!extra.isBlank()) {
            jvm.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        List<PayaraProcess> servers = new ArrayList<>();
        LoadBalancer haproxy = null;
        try {
            for (int i = 0; i < instanceCount; i++) {
                servers.add(PayaraProcess.startInCluster(database, folder.resolve("instance-" + i + ".log"), cluster, grid.get(i), grid,
                        ports.get(i), jvm));
            }
            URI base;
            if (instanceCount == 2) {
                haproxy = LoadBalancer.start(ports.get(0), ports.get(1), folder.resolve("haproxy.log"));
                base = haproxy.uri();
            } else {
                base = WebClient.local(servers.get(0).url());
            }
            return meeting(scenario, database, servers, base, size);
        } finally {
            if (haproxy != null) {
                haproxy.close();
            }
            servers.forEach(PayaraProcess::close);
        }
    }

    private Row meeting(Scenario scenario, Map<String, String> database, List<PayaraProcess> servers, URI base, int size)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String felixEmail = People.email("Felix");
        WebClient felix = Visitors.registered(servers.get(0).url(), "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felix, "Province-wide network " + run, "", "PRIVATE");
        long meeting = Visitors.meetingSoon(felix, slug, scenario.title, scenario.protocol);
        String token = Visitors.apiToken(felix, "console");
        seed(database, run, felixEmail, slug, size);
        if (scenario == Scenario.CHAT) {
            morePrompts(database, meeting, (WARMUP_SECONDS + SECONDS) / PHASE_EVERY_SECONDS + 2);
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newFixedThreadPool(8)).build();
        double trivialPerSecond = trivialPageThroughput(http, base);

        Latencies exchanges = new Latencies();
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            people.add(new Participant("load-" + i + "-" + run + "@example.org", base, http, exchanges));
        }
        ExecutorService joining = Executors.newFixedThreadPool(16);
        String live = "meeting/live.xhtml?m=" + meeting;
        Latencies pages = new Latencies();
        Latencies phaseShown = new Latencies();
        Latencies caughtUp = new Latencies();
        Latencies refreshes = new Latencies();
        Latencies posts = new Latencies();
        Latencies likes = new Latencies();
        AtomicLong transitionSentAt = new AtomicLong();
        AtomicInteger phase = new AtomicInteger(-1);
        // Each measured step is numbered; a phase push counts for the step in force when it arrives (steps are seconds
        // apart, a push takes milliseconds), once per page however many of its sockets carried it.
        AtomicInteger step = new AtomicInteger();
        List<Integer> measuredSteps = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Participant, java.util.Set<Integer>> stepsSeen = new java.util.concurrent.ConcurrentHashMap<>();
        boolean[] measuring = {false};

        ScheduledExecutorService pacing = Executors.newScheduledThreadPool(4);
        Map<String, java.util.concurrent.atomic.LongAdder> received = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, java.util.concurrent.atomic.LongAdder> rerendered = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.function.BiConsumer<Participant, Participant.Push> pushed = (person, push) -> {
            long sentAt = transitionSentAt.get();
            if (measuring[0]) {
                received.computeIfAbsent(push.change(), c -> new java.util.concurrent.atomic.LongAdder()).increment();
            }
            boolean measured = measuring[0] && push.change().equals("phase") && sentAt != 0;
            if (measured && push.carriesPhase()
                    && stepsSeen.computeIfAbsent(person, p -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(step.get())) {
                phaseShown.add(push.arrivedNanos() - sentAt); // the page shows the phase the push carries as it arrives
            }
            if (person.appends(push)) {
                if (measured && push.steppedLightly()) {
                    caughtUp.add(push.arrivedNanos() - sentAt); // nothing more to come for this change
                }
                return; // the page adds what was said, or steps to the phase, from the push itself
            }
            if (measuring[0]) {
                rerendered.computeIfAbsent(push.change(), c -> new java.util.concurrent.atomic.LongAdder()).increment();
            }
            person.refresh(push.change(), push.pace(), pacing).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                if (failure != null || (response != null && !Participant.fine(response))) {
                    refreshes.error();
                    return;
                }
                if (measured) {
                    caughtUp.add(now - sentAt);
                }
                if (measuring[0]) {
                    refreshes.add(now - push.arrivedNanos());
                }
            });
        };

        List<Future<?>> joined = new ArrayList<>();
        for (Participant person : people) {
            joined.add(joining.submit(() -> {
                person.logIn(PASSWORD);
                HttpResponse<String> page = person.open(live);
                person.connect(person.socketPath(page.body()), pushed);
                return null;
            }));
        }
        for (Future<?> one : joined) {
            one.get(10, TimeUnit.MINUTES);
        }
        WebClient console = new WebClient(servers.get(0).url());
        transition(console, token, meeting, "open", -1);
        transition(console, token, meeting, "start", -1);
        phase.set(0);
        awaitQuiet(people);

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        Random random = new Random(42);
        AtomicInteger questions = new AtomicInteger();
        AtomicInteger phaseChanges = new AtomicInteger();
        List<Participant> reloading = people.subList(0, Math.max(1, size * RELOADING_PERCENT / 100));
        Sampler sampler = new Sampler(servers);
        AtomicLong startedAt = new AtomicLong();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
        // The facilitator: in a chat, on to the next question; in the Consultancy, between problem presentation (0) and
        // clarifying questions (1); every few seconds. The meeting
        // runs as it will for a warm-up first (the server's code paths compiled, its caches filled), unmeasured; the
        // facilitator starts the measured window with a phase change, so each change is measured whole or not at all.
        clock.scheduleAtFixedRate(() -> {
            if (!measuring[0] && System.nanoTime() >= measureFrom - TimeUnit.MILLISECONDS.toNanos(500)) {
                exchanges.clear();
                startedAt.set(System.nanoTime());
                sampler.start();
                measuring[0] = true;
            }
            if (System.nanoTime() > measureFrom + TimeUnit.SECONDS.toNanos(SECONDS) - TimeUnit.SECONDS.toNanos(PHASE_EVERY_SECONDS) / 2) {
                return; // no step at the very end of the window: each change is measured whole, with time to settle
            }
            int from = phase.get();
            boolean forward = scenario == Scenario.CHAT || from == 0;
            int number = step.incrementAndGet();
            transitionSentAt.set(System.nanoTime());
            try {
                transition(console, token, meeting, forward ? "next" : "previous", from);
            } catch (RuntimeException refused) {
                System.out.println("The facilitator's step failed (the pages will miss it): " + refused.getMessage());
                if (measuring[0]) {
                    phaseChanges.incrementAndGet(); // counted as missed by every page
                }
                return;
            }
            phase.set(forward ? from + 1 : from - 1);
            if (measuring[0]) {
                phaseChanges.incrementAndGet();
                measuredSteps.add(number);
            }
        }, PHASE_EVERY_SECONDS, PHASE_EVERY_SECONDS, TimeUnit.SECONDS);
        // Everyone asks now and then while questions are open; in a chat, answers (or says hello) in every phase.
        for (Participant person : people) {
            long first = (long) (random.nextDouble() * ASK_EVERY_SECONDS * 1000);
            clock.scheduleAtFixedRate(() -> {
                if (scenario == Scenario.CONSULTANCY && phase.get() != 1) {
                    return;
                }
                long sent = System.nanoTime();
                boolean measured = measuring[0];
                questions.incrementAndGet();
                String words = scenario == Scenario.CHAT ? "We read fifteen minutes a day and talk about it after, says " + person.email
                        : "How many students in the group read below grade level, " + person.email + "?";
                person.ask(words).whenComplete((response, failure) -> {
                    if (!measured) {
                        return;
                    }
                    if (failure != null || !Participant.fine(response)) {
                        posts.error();
                    } else {
                        posts.add(System.nanoTime() - sent);
                    }
                });
            }, first, ASK_EVERY_SECONDS * 1000L, TimeUnit.MILLISECONDS);
        }
        // In a chat, everyone likes an answer now and then (one their list shows).
        if (scenario == Scenario.CHAT) {
            for (Participant person : people) {
                long first = (long) (random.nextDouble() * LIKE_EVERY_SECONDS * 1000);
                Random own = new Random(random.nextLong());
                clock.scheduleAtFixedRate(() -> {
                    long sent = System.nanoTime();
                    boolean measured = measuring[0];
                    person.likeOneShown(own).whenComplete((response, failure) -> {
                        if (!measured || (failure == null && response == null)) {
                            return; // not measured, or nothing to like yet
                        }
                        if (failure != null || !Participant.fine(response)) {
                            likes.error();
                        } else {
                            likes.add(System.nanoTime() - sent);
                        }
                    });
                }, first, LIKE_EVERY_SECONDS * 1000L, TimeUnit.MILLISECONDS);
            }
        }
        // A few reload the page during the run.
        for (Participant person : reloading) {
            long at = WARMUP_SECONDS * 1000L + (long) (random.nextDouble() * SECONDS * 1000);
            clock.schedule(() -> {
                long sent = System.nanoTime();
                person.reload(pushed).whenComplete((page, failure) -> {
                    if (failure != null) {
                        pages.error();
                    } else {
                        pages.add(System.nanoTime() - sent);
                    }
                });
            }, at, TimeUnit.MILLISECONDS);
        }
        TimeUnit.SECONDS.sleep(WARMUP_SECONDS + SECONDS); // warm-up, then the measured window (not a synchronisation)
        clock.shutdownNow();
        awaitQuiet(people);
        sampler.stop();
        double seconds = (System.nanoTime() - startedAt.get()) / 1e9;
        measuring[0] = false;
        // Each page's missed steps, and every page for a step the facilitator could not take.
        long missed = reportMissed(people, measuredSteps, stepsSeen) + (long) (phaseChanges.get() - measuredSteps.size()) * size;
        people.forEach(Participant::disconnect);
        // Ended, so that its timer releases no more questions while the next row runs on the same database.
        try {
            transition(console, token, meeting, "end", phase.get());
        } catch (IllegalStateException notEnded) {
            System.out.println("The meeting could not be ended: " + notEnded.getMessage());
        }
        joining.shutdownNow();
        pacing.shutdownNow();
        System.out.printf(Locale.ROOT, "%s, %d participants: phase shown %s; page caught up %s; pages %s; posts %s; likes %s; refreshes %s;"
                        + " missed %d; pushes received by change %s, of which the page re-rendered for %s%n", scenario.label(), size,
                phaseShown.summary(), caughtUp.summary(), pages.summary(), posts.summary(), likes.summary(), refreshes.summary(), missed,
                received, rerendered);
        long liveHeap = sampler.liveHeapMb(); // with the pages still open on the server (the sessions outlive the sockets)
        // The figures as they stand when the meeting has settled: requests failing later, as the servers stop, are not the run's.
        return new Row(scenario, servers.size(), size, phaseShown.snapshot(), caughtUp.snapshot(), pages.snapshot(), posts.snapshot(),
                likes.snapshot(),
                refreshes.snapshot(), exchanges.snapshot(), missed, sampler.cores(seconds), sampler.machineCores(seconds),
                sampler.peakHeapMb(),
                liveHeap, trivialPerSecond, phaseChanges.get(), questions.get());
    }

    /**
     * Names the pages that missed a measured step, with what may explain it (a reload, a lost websocket), and returns how
     * many times a page missed one.
     */
    private static long reportMissed(List<Participant> people, List<Integer> measuredSteps, Map<Participant, java.util.Set<Integer>> seen) {
        long lostSockets = people.stream().filter(person -> person.lost() != null).count();
        List<String> missing = new ArrayList<>();
        long missedSteps = 0;
        for (Participant person : people) {
            java.util.Set<Integer> got = seen.getOrDefault(person, java.util.Set.of());
            List<Integer> missed = measuredSteps.stream().filter(number -> !got.contains(number)).toList();
            if (!missed.isEmpty()) {
                missedSteps += missed.size();
                missing.add(person.email + " missed steps " + missed + " of " + measuredSteps + ", reloaded " + person.reloads()
                        + " times, websocket " + (person.lost() == null ? "open" : person.lost()));
            }
        }
        System.out.printf(Locale.ROOT, "Pages that missed a step: %d; websockets lost: %d%n", missing.size(), lostSockets);
        missing.stream().limit(20).forEach(line -> System.out.println("  " + line));
        return missedSteps;
    }

    /** Waits until no participant has a re-render on its way (the meeting has settled). */
    private static void awaitQuiet(List<Participant> people) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (people.stream().anyMatch(Participant::busy) && Instant.now().isBefore(giveUp)) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    static void transition(WebClient console, String token, long meeting, String action, int expected) {
        HttpResponse<String> moved = console.apiPost("api/meetings/" + meeting + "/transitions", token,
                "{\"action\":\"" + action + "\",\"expectedPhase\":" + expected + "}");
        if (moved.statusCode() != 200) {
            throw new IllegalStateException(action + " answered " + moved.statusCode() + ": " + moved.body());
        }
    }

    /** Accounts and memberships written straight into the database (each with the facilitator's password hash). */
    static void seed(Map<String, String> database, String run, String felixEmail, String slug, int size) throws SQLException {
        try (Connection db = DriverManager.getConnection(database.get("MARIGOLD_DB_URL"), database.get("MARIGOLD_DB_USER"),
                database.get("MARIGOLD_DB_PASSWORD"))) {
            try (PreparedStatement accounts = db.prepareStatement("INSERT INTO account (id, email, display_name, time_zone, language,"
                    + " password_hash, created_at) SELECT nextval('account_seq'), 'load-' || g || '-' || ? || '@example.org',"
                    + " 'Participant ' || g, 'America/Toronto', 'en', (SELECT password_hash FROM account WHERE email = ?), now()"
                    + " FROM generate_series(1, ?) g")) {
                accounts.setString(1, run);
                accounts.setString(2, felixEmail);
                accounts.setInt(3, size);
                accounts.executeUpdate();
            }
            try (PreparedStatement members = db.prepareStatement("INSERT INTO membership (id, community_id, account_id, role, joined_at)"
                    + " SELECT nextval('membership_seq'), c.id, a.id, 'MEMBER', now() FROM community c, account a"
                    + " WHERE c.slug = ? AND a.email LIKE 'load-%-' || ? || '@example.org'")) {
                members.setString(1, slug);
                members.setString(2, run);
                members.executeUpdate();
            }
        }
    }

    /**
     * Gives the chat meeting {@code count} more questions before its closing phase (the protocol has three; the moderator
     * releases one every few seconds here), written into the meeting's own copy of its phases before it opens.
     */
    static void morePrompts(Map<String, String> database, long meeting, int count) throws SQLException {
        try (Connection db = DriverManager.getConnection(database.get("MARIGOLD_DB_URL"), database.get("MARIGOLD_DB_USER"),
                database.get("MARIGOLD_DB_PASSWORD"))) {
            int closing;
            try (PreparedStatement last = db.prepareStatement("SELECT max(position) FROM meeting_phase WHERE meeting_id = ?")) {
                last.setLong(1, meeting);
                try (java.sql.ResultSet found = last.executeQuery()) {
                    found.next();
                    closing = found.getInt(1);
                }
            }
            try (PreparedStatement move = db.prepareStatement("UPDATE meeting_phase SET position = ? WHERE meeting_id = ? AND position = ?")) {
                move.setInt(1, closing + count);
                move.setLong(2, meeting);
                move.setInt(3, closing);
                move.executeUpdate();
            }
            try (PreparedStatement add = db.prepareStatement("INSERT INTO meeting_phase (meeting_id, position, kind, title, instructions,"
                    + " minutes, speakers) VALUES (?, ?, 'PROMPT', ?, ?, 7, 'EVERYONE')")) {
                for (int i = 0; i < count; i++) {
                    add.setLong(1, meeting);
                    add.setInt(2, closing + i);
                    add.setString(3, "Q" + (closing + i));
                    add.setString(4, "Which routine number " + (closing + i) + " helps students read longer?");
                    add.addBatch();
                }
                add.executeBatch();
            }
        }
    }

    /** Requests per second of a trivial Faces page (the 404 page), eight at a time for ten seconds, on the idle server. */
    private static double trivialPageThroughput(HttpClient http, URI base) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(base.resolve("error/404.xhtml")).GET().build();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicLong done = new AtomicLong();
        long started = 0;
        for (int round = 0; round < 2; round++) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(round == 0 ? 3 : 10);
            boolean counted = round == 1;
            if (counted) {
                started = System.nanoTime();
            }
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                loops.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<Void> answer = http.send(get, HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() < 500 && counted) {
                            done.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        clients.shutdown();
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }
}
