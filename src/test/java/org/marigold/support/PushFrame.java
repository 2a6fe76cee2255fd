package org.marigold.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * What a meeting's page is pushed, read from its websocket frame as the page reads it: Faces wraps each message as
 * {@code {"data": ...}}; the push ({@code org.marigold.meeting.push.Push}), sent as JSON text, arrives there as the
 * object it describes (Mojarra reads JSON text it is given to send), or as the text itself.
 */
public final class PushFrame {

    private PushFrame() {
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
