package org.marigold.engagement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard's tables and a person's history as CSV for spreadsheets: UTF-8 with a byte-order mark, dates in the
 * community's zone (ISO), one header row. Each table is named as its download is.
 */
public final class EngagementCsv {

    /** The tables a dashboard exports, by the name in their address ({@code meetings.csv}). */
    public enum Table { MEETINGS, PARTICIPATION, LAPSED, LENSES, RESOURCES }

    private EngagementCsv() {
    }

    public static String of(Table table, EngagementService.Dashboard dashboard) {
        ZoneId zone = dashboard.community().getTimeZone();
        EngagementSeries series = dashboard.series();
        List<List<Object>> rows = new ArrayList<>();
        List<String> header = switch (table) {
            case MEETINGS -> {
                List<String> columns = new ArrayList<>(List.of("meeting", "date", "participants", "members", "guests", "new", "returning",
                        "said_yes", "said_maybe", "said_no", "said_yes_and_came"));
                for (Participation kind : Participation.values()) {
                    columns.add(kind.name().toLowerCase(java.util.Locale.ROOT));
                }
                for (EngagementSeries.MeetingRow m : series.meetings()) {
                    List<Object> row = new ArrayList<>(List.of(m.title(), date(m.startsAt(), zone), m.participants(), m.members(), m.guests(),
                            m.newcomers(), m.returning(), m.saidYes(), m.saidMaybe(), m.saidNo(), m.saidYesAndCame()));
                    for (Participation kind : Participation.values()) {
                        row.add(m.participation().getOrDefault(kind, 0L));
                    }
                    rows.add(row);
                }
                yield columns;
            }
            case PARTICIPATION -> {
                series.participation().forEach((kind, count) -> rows.add(List.of(kind.name().toLowerCase(java.util.Locale.ROOT), count)));
                yield List.of("kind", "count");
            }
            case LAPSED -> {
                series.lapsed().forEach(l -> rows.add(List.of(l.name(), l.lastCame() == null ? "" : date(l.lastCame(), zone))));
                yield List.of("member", "last_came");
            }
            case LENSES -> {
                dashboard.lenses().forEach(t -> rows.add(List.of(t.label(), t.count())));
                yield List.of("lens", "groups");
            }
            case RESOURCES -> {
                dashboard.resources().forEach(t -> rows.add(List.of(t.label(), t.count())));
                yield List.of("resource", "uses");
            }
        };
        return write(header, rows);
    }

    public static String of(EngagementService.History history) {
        ZoneId zone = history.community().getTimeZone();
        List<String> header = new ArrayList<>(List.of("meeting", "date", "arrived", "minutes", "presented"));
        for (Participation kind : Participation.values()) {
            header.add(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EngagementService.HistoryRow h : history.meetings()) {
            List<Object> row = new ArrayList<>(List.of(h.meeting().getTitle(), date(h.meeting().getStartsAt(), zone),
                    h.firstJoined().atZone(zone).toLocalTime().withNano(0).toString(), h.minutes(), h.presented() ? "yes" : "no"));
            for (Participation kind : Participation.values()) {
                row.add(h.mine().getOrDefault(kind, 0L));
            }
            rows.add(row);
        }
        return write(header, rows);
    }

    /** Text that a spreadsheet would run as a formula (a title starting with "=") is kept as text. */
    static Object cell(Object value) {
        return org.marigold.platform.SpreadsheetText.guarded(value);
    }

    private static String date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().toString();
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(EngagementCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
