package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The preview reader asks only public addresses, at every hop of a redirect. A local test server stands in for the
 * web, allowed by the test-only setting; everything it answers is counted.
 */
class LinkPreviewsTest {

    private static final String PAGE = "<html><head><meta property=\"og:title\" content=\"Read-alouds K-3\"></head></html>";

    private HttpServer web;
    private HttpServer inner;
    private final AtomicInteger innerRequests = new AtomicInteger();
    private final LinkPreviews previews = new LinkPreviews();

    @BeforeEach
    void serve() throws IOException {
        web = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        inner = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        web.createContext("/page", exchange -> answer(exchange, 200, "text/html; charset=utf-8", PAGE));
        web.createContext("/go", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            answer(exchange, 302, "text/plain", "");
        });
        web.createContext("/inside", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + inner.getAddress().getPort() + "/secret");
            answer(exchange, 301, "text/plain", "");
        });
        web.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            answer(exchange, 302, "text/plain", "");
        });
        web.createContext("/pdf", exchange -> answer(exchange, 200, "application/pdf", "%PDF-1.4"));
        web.createContext("/huge", exchange -> answer(exchange, 200, "text/html",
                PAGE + "<p>" + "x".repeat(3 * LinkPreviews.MOST_BYTES) + "</p>"));
        inner.createContext("/", exchange -> {
            innerRequests.incrementAndGet();
            answer(exchange, 200, "text/html", "<title>Cloud metadata</title>");
        });
        web.start();
        inner.start();
    }

    @AfterEach
    void stop() {
        web.stop(0);
        inner.stop(0);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String web(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    @Test
    void loopbackPrivateLinkLocalAndReservedAddressesAreRefused() throws IOException {
        for (String refused : List.of("127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
                "::ffff:127.0.0.1", "::127.0.0.1", "64:ff9b::a00:1")) {
            assertFalse(LinkPreviews.isPublic(InetAddress.getByName(refused)), refused);
        }
        for (String open : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111", "2001:4860:4860::8888")) {
            assertTrue(LinkPreviews.isPublic(InetAddress.getByName(open)), open);
        }
    }

    @Test
    void aLocalAddressIsNeverAskedUnlessTheTestSettingAllowsIt() {
        assertEquals(Optional.empty(), previews.preview(web("/page")));
        assertEquals(Optional.empty(), previews.preview("http://localhost:" + web.getAddress().getPort() + "/page"));
        assertEquals(Optional.empty(), previews.preview("file:///etc/passwd"));
        previews.allowedPrivateAddresses = Optional.of("127.0.0.1");
        assertEquals("Read-alouds K-3", previews.preview(web("/page")).orElseThrow().title());
    }

    @Test
    void redirectsAreFollowedByHandAndEveryHopIsChecked() {
        previews.allowedPrivateAddresses = Optional.of("127.0.0.1");
        assertEquals("Read-alouds K-3", previews.preview(web("/go")).orElseThrow().title(), "a redirect to an allowed page");
        assertEquals(Optional.empty(), previews.preview(web("/inside")), "a redirect to an inner address");
        assertEquals(0, innerRequests.get(), "which was never asked");
        assertEquals(Optional.empty(), previews.preview(web("/loop")), "endless redirects end");
    }

    @Test
    void onlyHtmlIsReadAndOnlyItsFirstBytes() {
        previews.allowedPrivateAddresses = Optional.of("127.0.0.1");
        assertEquals(Optional.empty(), previews.preview(web("/pdf")));
        assertEquals("Read-alouds K-3", previews.preview(web("/huge")).orElseThrow().title(), "the head is in the first bytes");
    }
}
