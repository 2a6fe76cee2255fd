package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.support.Deployments;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * Hostile uploads over HTTP: a body sent in chunks without its length is refused with 413 once it passes the limit
 * (pages and API alike; the app reads no further, nor keeps more than the limit), and a "zip bomb" DOCX is refused
 * beside the file field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database-independent")
class UploadLimitsIT {

    private static final int MB = 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    /** So many bytes of one value, made as they are sent. */
    private static InputStream filled(long size, byte value) {
        return new InputStream() {
            private long taken;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size - taken;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, value);
                taken += n;
                return n;
            }
        };
    }

    @Test
    void aFileSentInChunksIsRefusedWith413OnceItPassesTheLimit() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String slug = Visitors.community(maya, "Maya's uploads", "", "PRIVATE");
        WebClient.Page form = maya.get("library/add.xhtml?c=" + slug + "&kind=FILE");
        String fileField = form.fileInput("resource");

        WebClient.Page small = maya.uploadInChunks(form, "resource", "add", Map.of("kind_input", "FILE", "title", "Chunked notes"),
                fileField, "notes.pdf", new java.io.ByteArrayInputStream(SampleFiles.pdf()));
        assertTrue(small.shows("\"Chunked notes\" is in the library."), "a small file in chunks is taken: " + small.text());

        for (long size : new long[] {25L * MB, 110L * MB}) {
            WebClient.Page refused = maya.uploadInChunks(maya.get("library/add.xhtml?c=" + slug + "&kind=FILE"), "resource", "add",
                    Map.of("kind_input", "FILE", "title", "Huge"), fileField, "huge.pdf", filled(size, (byte) 0));
            assertEquals(413, refused.status(), size / MB + " MB: " + refused.text());
            assertTrue(refused.shows("The library accepts files up to 20 MB"), refused.text());
        }
        JsonObject library = Json.createReader(new StringReader(maya.api("api/communities/" + slug + "/resources", null).body())).readObject();
        assertEquals(1, library.getInt("total"), "only the small file is stored");
    }

    @Test
    void theApiRefusesABodyOverItsLimitWith413AndTheReasonAsJson() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String slug = Visitors.community(maya, "Maya's scripts", "", "PRIVATE");
        String token = Visitors.apiToken(maya, "bulk");
        String huge = "{\"kind\":\"LINK\",\"title\":\"Huge\",\"url\":\"https://example.org/\",\"description\":\"" + "x".repeat(5 * MB) + "\"}";

        HttpResponse<String> declared = maya.apiPost("api/communities/" + slug + "/resources", token, huge);
        assertEquals(413, declared.statusCode(), declared.body());
        JsonObject reason = Json.createReader(new StringReader(declared.body())).readObject();
        assertEquals(413, reason.getInt("status"));
        assertEquals("The body is larger than the API takes (1024 KB).", reason.getString("message"));

        InputStream chunks = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream("{\"description\":\"".getBytes(StandardCharsets.UTF_8)),
                filled(200L * MB, (byte) 'x'));
        HttpResponse<String> streamed = maya.raw(HttpRequest.newBuilder(maya.base().resolve("api/communities/" + slug + "/resources"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunks)));
        assertEquals(413, streamed.statusCode(), streamed.body());
        assertEquals("The body is larger than the API takes (1024 KB).",
                Json.createReader(new StringReader(streamed.body())).readObject().getString("message"));
        assertEquals(0, Json.createReader(new StringReader(maya.api("api/communities/" + slug + "/resources", token).body()))
                .readObject().getInt("total"), "nothing was added");
    }

    @Test
    void aZipBombDocxIsRefusedBesideTheFileField() {
        WebClient maya = Visitors.registered(deployment, "Maya");
        String slug = Visitors.community(maya, "Maya's documents", "", "PRIVATE");
        WebClient.Page form = maya.get("library/add.xhtml?c=" + slug + "&kind=FILE");
        byte[] bomb;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] megabyte = new byte[MB];
            for (int i = 0; i < 512; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
            zip.finish();
            bomb = bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        WebClient.Page refused = maya.upload(form, "resource", "add", Map.of("kind_input", "FILE", "title", "Lesson plan"),
                form.fileInput("resource"), "lesson.docx", bomb);
        assertEquals(200, refused.status(), refused.text());
        assertTrue(refused.shows("This file unpacks to far more than a document or presentation does"), refused.text());
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "refused within seconds, not a minute");
        assertEquals(0, Json.createReader(new StringReader(maya.api("api/communities/" + slug + "/resources", null).body()))
                .readObject().getInt("total"), "nothing was stored");
    }
}
