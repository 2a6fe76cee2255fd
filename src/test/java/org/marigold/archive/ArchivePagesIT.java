package org.marigold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * A community's admin downloads its archive from the settings page; the instance's administrator imports it from the
 * import page or the API, and reads the new community. Others are refused, and a file that is not an archive is
 * refused with the reason, in the page and as JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchivePagesIT {

    private static final String ADMIN = People.email("Ines");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.marigold(), "marigold.admins=" + ADMIN);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anAdminDownloadsTheArchiveAndTheInstancesAdministratorImportsIt() throws IOException {
        WebClient ines = Visitors.registered(deployment, "Inès Admin", ADMIN);
        WebClient sam = Visitors.registered(deployment, "Sam Rivera", People.email("Sam"));
        String slug = Visitors.community(ines, "Valley Readers", "Grade 3 teachers of the valley", "PRIVATE");

        WebClient.Page settings = ines.get("community/settings.xhtml?c=" + slug);
        assertTrue(settings.shows("Download the archive (.zip)"));
        HttpResponse<String> pressed = ines.submitOnly(settings, "archive", "exportArchive", Map.of("emails_input", "on"));
        assertEquals(302, pressed.statusCode(), "the button sends the browser to the archive");
        assertTrue(pressed.headers().firstValue("Location").orElse("").endsWith("/api/communities/" + slug + "/archive.zip?emails=true"),
                pressed.headers().map().toString());
        HttpResponse<byte[]> download = ines.download("api/communities/" + slug + "/archive.zip?emails=true");
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains(slug + "-"), download.headers().map().toString());
        JsonObject json = communityJson(download.body());
        assertEquals("Valley Readers", json.getJsonObject("community").getString("name"));
        assertEquals(ADMIN, json.getJsonArray("people").getJsonObject(0).getString("email"));
        assertNotEquals(200, sam.download("api/communities/" + slug + "/archive.zip").statusCode(), "not for an outsider");

        // The import page, for the instance's administrator only.
        assertEquals(403, sam.get("community/import.xhtml").status());
        WebClient.Page form = ines.get("community/import.xhtml");
        WebClient.Page refused = ines.upload(form, "archive", "import", Map.of(), form.fileInput("archive"), "notes.zip",
                "not a zip".getBytes(StandardCharsets.UTF_8));
        assertTrue(refused.shows("This file is not a Marigold community archive"), refused.text());
        form = ines.get("community/import.xhtml");
        WebClient.Page imported = ines.upload(form, "archive", "import", Map.of(), form.fileInput("archive"), "valley.zip", download.body());
        assertTrue(imported.shows("“Valley Readers (imported "), "a copy beside its original is told apart: " + imported.text());
        String newSlug = imported.query("c");
        assertNotEquals(slug, newSlug);
        assertTrue(imported.shows("Grade 3 teachers of the valley"), "the new community's page");

        // The API, with a personal token.
        String token = Visitors.apiToken(ines, "moving day");
        HttpResponse<String> created = post(ines, token, download.body());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject answer = Json.createReader(new StringReader(created.body())).readObject();
        assertTrue(answer.getString("name").startsWith("Valley Readers (imported "), created.body());
        // An archive with a library's files is larger than the API's JSON bodies: it is taken up to its own limit.
        HttpResponse<String> large = post(ines, token, withEntry(download.body(), "files/padding.bin", 3 * 1024 * 1024));
        assertEquals(201, large.statusCode(), large.body());
        HttpResponse<String> garbage = post(ines, token, "PK not really".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("not a Marigold community archive"), garbage.body());
        assertEquals(403, post(sam, Visitors.apiToken(sam, "try"), download.body()).statusCode(), "not for a member of nothing");

        // A member new here gets an account, and a mail with a link to choose a password.
        String newcomer = People.email("Noor");
        byte[] withNewcomer = withFirstPersonAt(download.body(), newcomer);
        HttpResponse<String> welcomed = post(ines, token, withNewcomer);
        assertEquals(201, welcomed.statusCode(), welcomed.body());
        assertEquals(1, Json.createReader(new StringReader(welcomed.body())).readObject().getInt("newPeople"));
        WebClient.Page outbox = ines.get("mail/outbox.xhtml");
        assertTrue(outbox.shows("is on this Marigold now · " + newcomer), outbox.text());
    }

    /** The archive with one more entry of this many bytes that do not compress (the import reads what it knows). */
    private static byte[] withEntry(byte[] zip, String name, int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream grown = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                grown.putNextEntry(new ZipEntry(entry.getName()));
                grown.write(in.readAllBytes());
                grown.closeEntry();
            }
            byte[] noise = new byte[bytes];
            new Random(11).nextBytes(noise);
            grown.putNextEntry(new ZipEntry(name));
            grown.write(noise);
            grown.closeEntry();
        }
        return out.toByteArray();
    }

    /** The archive with its first person's address changed: someone with no account here yet. */
    private static byte[] withFirstPersonAt(byte[] zip, String email) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream changed = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (ArchiveZip.JSON.equals(entry.getName())) {
                    JsonObject json = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).readObject();
                    var people = Json.createArrayBuilder(json.getJsonArray("people"));
                    people.set(0, Json.createObjectBuilder(json.getJsonArray("people").getJsonObject(0)).add("email", email));
                    content = Json.createObjectBuilder(json).add("people", people).build().toString().getBytes(StandardCharsets.UTF_8);
                }
                changed.putNextEntry(new ZipEntry(entry.getName()));
                changed.write(content);
                changed.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static HttpResponse<String> post(WebClient client, String token, byte[] zip) {
        return client.raw(HttpRequest.newBuilder(client.base().resolve("api/archives")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/zip").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    private static JsonObject communityJson(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (ArchiveZip.JSON.equals(entry.getName())) {
                    return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
                }
            }
        }
        throw new AssertionError("no community.json in the archive");
    }
}
