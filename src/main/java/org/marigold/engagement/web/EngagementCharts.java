package org.marigold.engagement.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.marigold.engagement.EngagementSeries;
import org.marigold.engagement.Participation;

/**
 * The dashboard's charts as Chart.js configurations (what {@code <p:chart value>} takes), written with JSON-P so
 * that meeting titles and labels are always properly escaped. Colours come from the theme's palette.
 */
final class EngagementCharts {

    private static final String RETURNING = "#9a4a00";
    private static final String NEWCOMERS = "#f0b46a";
    private static final String CAME = "#2f6b3a";
    private static final String SAID_YES = "#9fc9a5";

    private EngagementCharts() {
    }

    /** Participants per meeting, stacked: returning people under newcomers. */
    static String participants(List<EngagementSeries.MeetingRow> meetings, Labels labels) {
        return bar(labels.dates(meetings), true, dataset(labels.text("engagement.returning"), RETURNING, meetings, EngagementSeries.MeetingRow::returning),
                dataset(labels.text("engagement.newcomers"), NEWCOMERS, meetings, EngagementSeries.MeetingRow::newcomers));
    }

    /** Said yes beside came, per meeting. */
    static String rsvp(List<EngagementSeries.MeetingRow> meetings, Labels labels) {
        return bar(labels.dates(meetings), false, dataset(labels.text("engagement.saidYes"), SAID_YES, meetings, EngagementSeries.MeetingRow::saidYes),
                dataset(labels.text("engagement.came"), CAME, meetings, EngagementSeries.MeetingRow::participants));
    }

    /** How much of each kind of taking part, over the span. */
    static String participation(java.util.Map<Participation, Long> totals, Labels labels) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Participation kind : Participation.values()) {
            names.add(labels.text("participation." + kind.name()));
            counts.add(totals.getOrDefault(kind, 0L));
        }
        JsonObject set = Json.createObjectBuilder().add("label", labels.text("engagement.contributions")).add("data", counts)
                .add("backgroundColor", RETURNING).build();
        return config(names, false, Json.createArrayBuilder().add(set));
    }

    private static <T> JsonObject dataset(String label, String colour, List<T> rows, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> data.add(value.applyAsLong(row)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).build();
    }

    private static String bar(JsonArrayBuilder labels, boolean stacked, JsonObject... datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObject set : datasets) {
            sets.add(set);
        }
        return config(labels, stacked, sets);
    }

    private static String config(JsonArrayBuilder labels, boolean stacked, JsonArrayBuilder datasets) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObject options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", axis)
                        .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .build();
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /** Texts in the viewer's language, and meeting dates in the community's zone. */
    record Labels(Function<String, String> texts, ZoneId zone, Locale locale) {

        String text(String key) {
            return texts.apply(key);
        }

        JsonArrayBuilder dates(List<EngagementSeries.MeetingRow> meetings) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            JsonArrayBuilder dates = Json.createArrayBuilder();
            meetings.forEach(m -> dates.add(m.startsAt().atZone(zone).format(format)));
            return dates;
        }
    }
}
