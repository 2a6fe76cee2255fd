package org.marigold.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marigold.support.PayaraProcess;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * What a crowd of visitors reading public pages leaves on the server (not a test; docs/benchmarks.md): {@code
 * -Dreading.requests} (100 000) GETs of the home page, the directory, a community, its library and the login page,
 * each as a new visitor without cookies, four at a time, and the heap in use after a full collection before and after
 * them (read with {@code jcmd}, from outside the server). H2 in memory.
 */
class AnonymousReadingBenchmark {

    private static final int REQUESTS = Integer.getInteger("reading.requests", 100_000);
    private static final int WARMUP = Integer.getInteger("reading.warmup", 2_000);
    private static final int AT_ONCE = 4;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void aHundredThousandAnonymousPageViews() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "benchmarks"));
        Map<String, String> database = Map.of("MARIGOLD_DB_URL",
                "jdbc:h2:mem:reading;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (PayaraProcess server = PayaraProcess.start(database, folder.resolve("anonymous-reading.log"))) {
            WebClient admin = Visitors.registered(server.url(), "Amara");
            String slug = Visitors.community(admin, "Open circle", "Everyone may read this.", "LISTED");
            List<String> pages = List.of("", "communities.xhtml", "community/view.xhtml?c=" + slug,
                    "library/browse.xhtml?c=" + slug, "login.xhtml");
            URI base = WebClient.local(server.url());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

            read(http, base, pages, WARMUP, new AtomicLong(), new AtomicLong());
            long before = liveHeapMb(server);
            AtomicLong sessions = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            long started = System.nanoTime();
            read(http, base, pages, REQUESTS, sessions, failures);
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = liveHeapMb(server);

            String report = String.format(java.util.Locale.ROOT,
                    "%d anonymous GETs (%s) in %.0f s (%.0f/s): heap in use after a full GC %d MB before, %d MB after; "
                            + "session cookies sent: %d; answers other than 200: %d%n",
                    REQUESTS, String.join(", ", pages.stream().map(p -> "/" + p.replaceAll("\\?.*", "")).toList()), seconds,
                    REQUESTS / seconds, before, after, sessions.get(), failures.get());
            Files.writeString(folder.resolve("anonymous-reading.txt"), report);
            System.out.print(report);
            // What must hold, whatever the speed: no visitor got a session, and every page answered.
            assertEquals(0, sessions.get(), "session cookies sent to visitors who only read");
            assertEquals(0, failures.get(), "answers other than 200");
        }
    }

    private static void read(HttpClient http, URI base, List<String> pages, int count, AtomicLong sessions, AtomicLong failures)
            throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService visitors = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Void>> running = new java.util.ArrayList<>();
            for (int v = 0; v < AT_ONCE; v++) {
                running.add(visitors.submit(() -> {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(base.resolve(pages.get((int) (i % pages.size()))))
                                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))) {
                            sessions.incrementAndGet();
                        }
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> visitor : running) {
                visitor.get();
            }
        } finally {
            visitors.shutdownNow();
        }
    }

    /** The heap the server still uses once a full collection has run, in MB (jcmd GC.run, then GC.heap_info). */
    private static long liveHeapMb(PayaraProcess server) throws IOException, InterruptedException {
        jcmd(server, "GC.run");
        Matcher used = USED.matcher(jcmd(server, "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static String jcmd(PayaraProcess server, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }
}
