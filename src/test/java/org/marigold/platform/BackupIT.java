package org.marigold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * The instance's administrators back up the database while Marigold runs, from a page or a script: on H2 a consistent
 * copy that loads into an empty database with everything in it; on PostgreSQL a clear "use pg_dump". Nobody else may.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupIT {

    private static final String ADMIN = People.email("Ines");
    private static final Path FOLDER = Path.of("target", "backups-" + System.nanoTime()).toAbsolutePath();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.marigold(), "marigold.admins=" + ADMIN, "marigold.backup.dir=" + FOLDER);
    }

    @ArquillianResource
    URL deployment;

    private static boolean onPostgres() {
        String url = System.getenv("MARIGOLD_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Test
    void anAdministratorBacksUpWhileMarigoldRunsAndTheCopyLoadsWithEverythingInIt() throws Exception {
        WebClient ines = Visitors.registered(deployment, "Inès Admin", ADMIN);
        String samEmail = People.email("Sam");
        WebClient sam = Visitors.registered(deployment, "Sam Rivera", samEmail);
        String token = Visitors.apiToken(ines, "nightly backup");
        assertEquals(403, sam.get("account/backups.xhtml").status(), "not for a member");
        assertEquals(403, sam.apiPost("api/instance/backups", Visitors.apiToken(sam, "try"), "").statusCode(), "not even by a crafted request");

        HttpResponse<String> answer = ines.apiPost("api/instance/backups", token, "");
        if (onPostgres()) {
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("pg_dump"), answer.body());
            assertTrue(ines.get("account/backups.xhtml").shows("back it up with pg_dump"));
            return;
        }
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject written = Json.createReader(new StringReader(answer.body())).readObject();
        Path file = FOLDER.resolve(written.getString("name"));
        assertTrue(Files.size(file) > 0 && written.getJsonNumber("bytes").longValue() == Files.size(file), answer.body());

        // Restored into an empty database, the copy holds the accounts registered before it.
        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + System.nanoTime());
             Statement statement = restored.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + file + "' COMPRESSION GZIP");
            try (ResultSet accounts = statement.executeQuery("SELECT COUNT(*) FROM account WHERE email IN ('" + ADMIN + "', '"
                    + samEmail + "')")) {
                accounts.next();
                assertEquals(2, accounts.getInt(1));
            }
        }

        // The page does the same, and lists what was written.
        WebClient.Page page = ines.get("account/backups.xhtml");
        WebClient.Page done = ines.submit(page, "backup", "backUp", Map.of());
        assertTrue(done.shows("Backed up to marigold-"), done.text());
        assertEquals(2, ines.api("api/instance/backups", token).body().split("\"name\"").length - 1, "both backups listed");
    }
}
