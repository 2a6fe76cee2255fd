package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.account.AccountService;
import org.marigold.community.CommunityService;
import org.marigold.community.Visibility;
import org.marigold.platform.SchemaMigration;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.WebClient;

/**
 * Not a test: loads 100 000 resources into one community's library and measures search, filter and paging requests
 * over HTTP, as a browser or script makes them. Run with {@code mvn verify -Pbenchmark}; see docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibraryBenchmark {

    static final int RESOURCES = Integer.getInteger("benchmark.resources", 100_000);
    static final String SLUG = "benchmark-library";
    private static final int WARM_UP = 30;
    private static final int MEASURED = 300;

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(LibraryBenchmark.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    CommunityService communities;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL deployment;

    private static final String[] WORDS = ("reading writing stamina phonics fluency vocabulary comprehension equity antiracism "
            + "trauma inclusion assessment feedback conferring workshop inquiry mathematics number sense fractions science "
            + "engagement motivation attendance family community restorative circles newcomers multilingual scaffolding "
            + "differentiation literacy discussion protocol questioning wait time exit tickets portfolios rubrics goals "
            + "belonging identity voice choice agency collaboration coaching observation planning unit lesson routine "
            + "grammar spelling handwriting library readalouds picturebooks novels poetry drama art music movement play "
            + "outdoor recess transitions behaviour expectations relationships wellbeing mindfulness sleep nutrition").split(" ");

    @Test
    @Order(1)
    void load() throws Exception {
        long owner = accounts.registerConfirmed(People.email("Bench"), "Benchmark owner", People.PASSWORD, ZoneId.of("UTC"), Locale.ENGLISH).getId();
        String slug = communities.create(owner, "Benchmark library", null, Visibility.LISTED).getSlugValue();
        assertEquals(SLUG, slug, "a fresh database for the benchmark");
        long community = communities.community(slug).getId();
        Random random = new Random(2026);
        String[] kinds = {"LINK", "ARTICLE", "VIDEO", "PROTOCOL", "BOOK"};
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resource (id, community_id, kind, title, url, "
                    + "description, tags, added_by, added_at, helpful_count, used_count, search_text, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                Instant start = Instant.parse("2020-01-01T00:00:00Z");
                for (int i = 0; i < RESOURCES; i++) {
                    String title = sentence(random, 3 + random.nextInt(6)) + " " + i;
                    String description = sentence(random, 15 + random.nextInt(30));
                    String tags = "," + String.join(",", List.of(WORDS[random.nextInt(30)], WORDS[30 + random.nextInt(30)])) + ",";
                    insert.setLong(1, 100_000_000L + i);
                    insert.setLong(2, community);
                    insert.setString(3, kinds[random.nextInt(kinds.length)]);
                    insert.setString(4, title);
                    insert.setString(5, "https://example.org/r/" + i);
                    insert.setString(6, description);
                    insert.setString(7, tags);
                    insert.setLong(8, owner);
                    insert.setTimestamp(9, Timestamp.from(start.plusSeconds(i * 600L)));
                    insert.setInt(10, random.nextInt(20));
                    insert.setInt(11, random.nextInt(8));
                    insert.setString(12, org.marigold.library.SearchText.of(title, description, tags));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            connection.commit();
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                // What autovacuum does soon after a bulk load: statistics, and the visibility map for index-only counts.
                connection.setAutoCommit(true);
                try (Statement vacuum = connection.createStatement()) {
                    vacuum.execute("VACUUM ANALYZE resource");
                }
            }
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    @Test
    @Order(2)
    @RunAsClient
    void measure() throws Exception {
        URI base = WebClient.local(deployment);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String api = "api/communities/" + SLUG + "/resources";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("first page, newest (API)", api + "?size=20");
        requests.put("page 2 500 of 5 000, newest (API)", api + "?size=20&page=2500");
        requests.put("one common word: q=reading (API)", api + "?q=reading&size=20");
        requests.put("two words: q=equity+coaching (API)", api + "?q=equity+coaching&size=20");
        requests.put("a rare word: q=99999 (API)", api + "?q=99999&size=20");
        // Accent-blind: typed with accents and capitals, it finds the same resources as "reading" (folded as stored).
        requests.put("accents typed: q=RÉADÏNG (API)", api + "?q=R%C3%89AD%C3%8FNG&size=20");
        requests.put("tag filter: tag=phonics (API)", api + "?tag=phonics&size=20");
        requests.put("kind + sort: kind=VIDEO&sort=helpful (API)", api + "?kind=VIDEO&sort=helpful&size=20");
        requests.put("words + tag + kind (API)", api + "?q=fluency&tag=equity&kind=ARTICLE&size=20");
        requests.put("browse page, first page (Faces, lazy table)", "library/browse.xhtml?c=" + SLUG);
        requests.put("trivial Faces page (error/404.xhtml), for scale", "error/404.xhtml");

        StringBuilder report = new StringBuilder("| request | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            HttpRequest get = HttpRequest.newBuilder(base.resolve(request.getValue())).header("Accept", "application/json, text/html").GET().build();
            for (int i = 0; i < WARM_UP; i++) {
                check(http.send(get, HttpResponse.BodyHandlers.discarding()), request.getKey());
            }
            double[] millis = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long started = System.nanoTime();
                check(http.send(get, HttpResponse.BodyHandlers.ofString()), request.getKey());
                millis[i] = (System.nanoTime() - started) / 1_000_000.0;
            }
            Arrays.sort(millis);
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", request.getKey(),
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1]));
        }
        String database = System.getenv().getOrDefault("MARIGOLD_DB_URL", "?").startsWith("jdbc:postgresql") ? "postgresql" : "h2";
        String heading = String.format(Locale.ROOT, "%s, %,d resources, %d sequential requests each after %d warm-up, %s%n%n",
                database, RESOURCES, MEASURED, WARM_UP, Instant.now());
        Path out = Path.of("target", "benchmarks", "library-" + database + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, heading + report);
        System.out.println("\n" + heading + report);
    }

    private static void check(HttpResponse<?> response, String what) throws IOException {
        if (response.statusCode() != 200 && !(what.contains("404") && response.statusCode() == 404)) {
            throw new IOException(what + " answered " + response.statusCode());
        }
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
