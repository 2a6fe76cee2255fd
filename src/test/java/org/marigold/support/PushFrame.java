package org.marigold.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a meeting's page is pushed, read from its websocket frame as the page reads it: Faces wraps each message as
 * {@code {"data": ...}}; the push ({@code org.marigold.meeting.push.Push}), sent as JSON text, arrives there as the
 * object it describes (Mojarra reads JSON text it is given to send), or as the text itself.
 */
public final class PushFrame {

    private PushFrame() {
    }

    private static final Pattern SOCKET = Pattern.compile("faces\\.push\\.init\\('[^']*','([^']*)'");

    /** The websocket a meeting's page opens, as its HTML names it. */
    public static URI socketOf(WebClient.Page page) {
        Matcher socket = SOCKET.matcher(page.html());
        if (!socket.find()) {
            throw new IllegalStateException("The page opens no websocket: " + page.text());
        }
        return URI.create(socket.group(1));
    }

    /** Opens the page's websocket as {@code person} and puts each push it is told into {@code told}, in order. */
    public static WebSocket listen(WebClient person, URI socket, BlockingQueue<JsonObject> told) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + person.cookie("JSESSIONID").orElseThrow().getValue())
                .buildAsync(socket, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            told.add(read(text));
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
    }

    public static JsonObject read(CharSequence frame) {
        JsonValue data = parse(frame.toString()).get("data");
        return data instanceof JsonString text ? parse(text.getString()) : data.asJsonObject();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
