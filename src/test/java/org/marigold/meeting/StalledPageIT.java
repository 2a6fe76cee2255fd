package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.support.Deployments;
import org.marigold.support.PushFrame;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * A page whose connection stops reading (a phone gone into a tunnel with its socket still open, or a crafted client)
 * must not hold back the pushes to everyone else: the server sends each page's pushes on their own, without waiting.
 * One member's websocket is opened by hand with a tiny receive buffer and never read again, while the facilitator
 * moves the meeting hundreds of times; another member's page is told of every move, each one in turn.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database-independent")
class StalledPageIT {

    private static final int MOVES = 400;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    private static void move(WebClient facilitator, String token, long meeting, String action, int expected) {
        HttpResponse<String> moved = facilitator.apiPost("api/meetings/" + meeting + "/transitions", token,
                "{\"action\":\"" + action + "\",\"expectedPhase\":" + expected + "}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    /** Opens a websocket by hand, reads the server's 101 and nothing ever after. */
    private static Socket neverReading(URI socket, String cookie) throws IOException {
        Socket raw = new Socket();
        raw.setReceiveBufferSize(1024);
        raw.connect(new InetSocketAddress(socket.getHost(), socket.getPort()));
        byte[] key = new byte[16];
        new java.security.SecureRandom().nextBytes(key);
        OutputStream out = raw.getOutputStream();
        out.write(("GET " + socket.getRawPath() + "?" + socket.getRawQuery() + " HTTP/1.1\r\nHost: " + socket.getHost() + ":"
                + socket.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\nCookie: " + cookie + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = raw.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        assertTrue(head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101"), head.toString(StandardCharsets.US_ASCII));
        return raw;
    }

    @Test
    void aPageThatNeverReadsItsPushesHoldsNobodyElseBack() throws Exception {
        WebClient felix = Visitors.registered(deployment, "Félix Tremblay");
        String slug = Visitors.community(felix, "Stalled circle", "", "PRIVATE");
        WebClient sam = Visitors.registered(deployment, "Sam Rivera");
        Visitors.join(sam, Visitors.invitation(felix, slug, "MEMBER"));
        WebClient lena = Visitors.registered(deployment, "Lena Fischer");
        Visitors.join(lena, Visitors.invitation(felix, slug, "MEMBER"));
        long meeting = Visitors.meetingSoon(felix, slug, "Province-wide Consultancy");
        String token = Visitors.apiToken(felix, "console");
        move(felix, token, meeting, "open", -1);
        move(felix, token, meeting, "start", -1);

        String live = "meeting/live.xhtml?m=" + meeting;
        URI samsSocket = PushFrame.socketOf(sam.get(live));
        String samsCookie = "JSESSIONID=" + sam.cookie("JSESSIONID").orElseThrow().getValue();
        BlockingQueue<JsonObject> lenaIsTold = new LinkedBlockingQueue<>();
        URI lenasSocket = PushFrame.socketOf(lena.get(live));
        try (Socket stalled = neverReading(samsSocket, samsCookie)) {
            WebSocket lenas = PushFrame.listen(lena, lenasSocket, lenaIsTold);
            try {
                for (int i = 0; i < MOVES; i++) {
                    boolean forward = i % 2 == 0;
                    move(felix, token, meeting, forward ? "next" : "previous", forward ? 0 : 1);
                    JsonObject told = nextPhaseChange(lenaIsTold);
                    assertNotNull(told, "Lena was not told of move " + (i + 1) + " while Sam's page does not read");
                    assertEquals(forward ? 1 : 0, told.getJsonObject("phase").getInt("index"), "move " + (i + 1));
                }
            } finally {
                lenas.abort();
            }
            assertTrue(stalled.isConnected());
        }
    }

    /** The next phase change Lena's page is told of (other pushes, such as attendance, are passed over). */
    private static JsonObject nextPhaseChange(BlockingQueue<JsonObject> told) throws InterruptedException {
        while (true) {
            JsonObject message = told.poll(10, TimeUnit.SECONDS);
            if (message == null || "phase".equals(message.getString("change"))) {
                return message;
            }
        }
    }
}
