package org.marigold.meeting;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/**
 * A protocol template as a JSON file communities share (docs/protocol-format.md):
 * <pre>{"format": "marigold-protocol", "version": 1, "name": "…", "description": "…",
 *  "phases": [{"kind": "QUESTIONS", "title": "…", "instructions": "…", "cue": "…", "norm": "…", "minutes": 5,
 *              "speakers": "EVERYONE", "movesOn": false}]}</pre>
 * Reading checks the whole file before anything is made of it, and says what is wrong where: not JSON, not a protocol,
 * an unknown phase kind or speaker, minutes out of range, a text too long or holding markup (protocols are plain text).
 */
public final class ProtocolJson {

    public static final String FORMAT = "marigold-protocol";
    public static final int VERSION = 1;
    public static final int MOST_PHASES = 40;
    public static final int MOST_CHARACTERS = 200_000;
    public static final int DESCRIPTION_MAX = 2000;
    /** Markup in a text: a tag, a comment, or an address that runs script. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|javascript:", Pattern.CASE_INSENSITIVE);

    /** What a file held: the protocol's name, description and phases, checked. */
    public record Read(String name, String description, List<Phase> phases) {
    }

    private ProtocolJson() {
    }

    /** The template as a file (worded as given: a built-in one should come already in the reader's language). */
    public static String write(ProtocolTemplate template) {
        JsonArrayBuilder phases = Json.createArrayBuilder();
        for (Phase phase : template.getPhases()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("kind", phase.getKind().name()).add("title", phase.getTitle());
            addIfAny(json, "instructions", phase.getInstructions());
            addIfAny(json, "cue", phase.getCue());
            addIfAny(json, "norm", phase.getNorm());
            phases.add(json.add("minutes", phase.getMinutes()).add("speakers", phase.getSpeakers().name()).add("movesOn", phase.isMovesOn()));
        }
        JsonObjectBuilder document = Json.createObjectBuilder().add("format", FORMAT).add("version", VERSION).add("name", template.getName());
        addIfAny(document, "description", template.getDescription());
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(document.add("phases", phases).build());
        }
        return out.toString().strip() + "\n";
    }

    private static void addIfAny(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    /** Reads a file; throws {@link Rejected} (field {@code file}) saying what is wrong, and where. */
    public static Read read(String text) {
        if (text == null || text.isBlank()) {
            throw refused("template.import.empty");
        }
        if (text.length() > MOST_CHARACTERS) {
            throw refused("template.import.tooBig", MOST_CHARACTERS / 1000);
        }
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refused("template.import.notProtocol");
            }
            document = value.asJsonObject();
        } catch (JsonParsingException broken) {
            throw refused("template.import.notJson", broken.getLocation().getLineNumber(), broken.getLocation().getColumnNumber());
        } catch (JsonException broken) {
            throw refused("template.import.notJson", 1, 1);
        }
        if (!FORMAT.equals(string(document, "format"))) {
            throw refused("template.import.notProtocol");
        }
        JsonValue version = document.get("version");
        if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1) {
            throw refused("template.import.notProtocol");
        }
        if (number.intValue() > VERSION) {
            throw refused("template.import.newer", number.intValue());
        }
        String name = text(document, "name", 0, ProtocolService.NAME_MAX, true);
        String description = text(document, "description", 0, DESCRIPTION_MAX, false);
        JsonValue listed = document.get("phases");
        if (!(listed instanceof JsonArray array) || array.isEmpty()) {
            throw refused("template.import.noPhases");
        }
        if (array.size() > MOST_PHASES) {
            throw refused("template.import.tooManyPhases", MOST_PHASES);
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int position = i + 1;
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw refused("template.import.phase", position);
            }
            phases.add(phase(array.get(i).asJsonObject(), position));
        }
        return new Read(name, description, List.copyOf(phases));
    }

    private static Phase phase(JsonObject json, int number) {
        PhaseKind kind = named(PhaseKind.class, string(json, "kind"), "template.import.kind", number);
        Speakers speakers = named(Speakers.class, string(json, "speakers"), "template.import.speakers", number);
        String title = text(json, "title", number, Phase.TITLE_MAX, true);
        String instructions = text(json, "instructions", number, Phase.INSTRUCTIONS_MAX, false);
        String cue = text(json, "cue", number, Phase.CUE_MAX, false);
        String norm = text(json, "norm", number, Phase.NORM_MAX, false);
        JsonValue minutes = json.get("minutes");
        if (!(minutes instanceof JsonNumber given) || !given.isIntegral() || given.intValue() < 1 || given.intValue() > Phase.MINUTES_MAX) {
            throw refused("template.import.minutes", number, Phase.MINUTES_MAX);
        }
        JsonValue movesOn = json.get("movesOn");
        boolean moving = movesOn == JsonValue.TRUE;
        if (movesOn != null && movesOn != JsonValue.TRUE && movesOn != JsonValue.FALSE) {
            throw refused("template.import.movesOn", number);
        }
        return new Phase(kind, title, instructions, given.intValue(), speakers).scripted(cue, norm).movingOn(moving);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String given, String key, int number) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(given)) {
                return value;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw refused(key, number, given == null ? "—" : given, known);
    }

    /** A text field: plain text, within its length; {@code number} 0 for the protocol's own fields. */
    private static String text(JsonObject json, String field, int number, int max, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw refused(number == 0 ? "template.import.missing" : "template.import.phaseMissing", field, number);
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw refused(number == 0 ? "template.import.notText" : "template.import.phaseNotText", field, number);
        }
        String text = Text.orNull(string.getString());
        if (text == null && required) {
            throw refused(number == 0 ? "template.import.missing" : "template.import.phaseMissing", field, number);
        }
        if (text != null && text.length() > max) {
            throw refused(number == 0 ? "template.import.tooLong" : "template.import.phaseTooLong", field, number, max);
        }
        if (text != null && MARKUP.matcher(text).find()) {
            throw refused(number == 0 ? "template.import.markup" : "template.import.phaseMarkup", field, number);
        }
        return text;
    }

    private static String string(JsonObject json, String field) {
        return json.get(field) instanceof JsonString string ? string.getString() : null;
    }

    private static Rejected refused(String key, Object... arguments) {
        return Rejected.onField("file", key, arguments);
    }
}
