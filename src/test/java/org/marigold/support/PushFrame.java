package org.marigold.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * What a meeting's page is pushed, read from its websocket frame as the page reads it: Faces wraps each message as
 * {@code {"data": ...}}, and the push ({@code org.marigold.meeting.push.Push}) is JSON text inside it.
 */
public final class PushFrame {

    private PushFrame() {
    }

    public static JsonObject read(CharSequence frame) {
        return parse(parse(frame.toString()).getString("data"));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
