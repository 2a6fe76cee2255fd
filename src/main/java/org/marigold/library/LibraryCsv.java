package org.marigold.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.marigold.platform.Rejected;
import org.marigold.platform.SpreadsheetText;

/**
 * The library as CSV: the columns a spreadsheet shows, one resource a row. Reading turns each row into a draft or
 * a rejection that names the row; the library's own rules are applied to the drafts afterwards.
 */
public final class LibraryCsv {

    public static final List<String> COLUMNS = List.of("title", "kind", "url", "isbn", "description", "tags", "audience",
            "added_by", "added_at", "found_in_meeting");
    public static final int MOST_ROWS = 5000;

    private LibraryCsv() {
    }

    /** A row read from a file: its line number and either a draft or why it was refused. */
    public record Row(long line, ResourceDraft draft, String problem, List<String> problemArguments)
            implements java.io.Serializable {

        static Row accepted(long line, ResourceDraft draft) {
            return new Row(line, draft, null, List.of());
        }

        static Row rejected(long line, Rejected why) {
            return new Row(line, null, why.messageKey(),
                    java.util.Arrays.stream(why.arguments()).map(String::valueOf).toList());
        }

        public boolean isAccepted() {
            return problem == null;
        }
    }

    public static CSVPrinter printer(Appendable out) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
    }

    /** One resource as a row; text a spreadsheet would run as a formula is written as text ({@link SpreadsheetText}). */
    public static void print(CSVPrinter printer, Resource resource) throws IOException {
        printer.printRecord(java.util.stream.Stream.of(resource.getTitle(), resource.getKind().name().toLowerCase(Locale.ROOT),
                resource.getUrl(), resource.getIsbn(), resource.getDescription(), String.join(", ", resource.getTags()),
                String.join(", ", resource.getAudience().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList()),
                resource.getAddedBy() == null ? null : resource.getAddedBy().getDisplayName(), resource.getAddedAt(),
                resource.getFoundInMeeting() == null ? null : resource.getFoundInMeeting().getTitle())
                .map(SpreadsheetText::guarded).toList());
    }

    /**
     * Reads rows under a header that names at least "title" and "kind" (any order, any case; unknown columns such as
     * "added_by" are ignored, so an export can be imported elsewhere).
     */
    public static List<Row> read(Reader in) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(format).get()) {
            Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            header.putAll(parser.getHeaderMap());
            if (!header.containsKey("title") || !header.containsKey("kind")) {
                throw Rejected.onField("file", "import.noHeader");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MOST_ROWS) {
                    throw Rejected.onField("file", "import.tooMany", MOST_ROWS);
                }
                rows.add(row(record, header));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw Rejected.onField("file", "import.unreadable", unreadable.getMessage());
        }
    }

    private static Row row(CSVRecord record, Map<String, Integer> header) {
        long line = record.getRecordNumber() + 1;
        try {
            ResourceKind kind = kind(cell(record, header, "kind"));
            return Row.accepted(line, new ResourceDraft(kind, cell(record, header, "title"), cell(record, header, "url"),
                    cell(record, header, "isbn"), cell(record, header, "description"), cell(record, header, "tags"),
                    audience(cell(record, header, "audience"))));
        } catch (Rejected rejected) {
            return Row.rejected(line, rejected);
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = SpreadsheetText.unguarded(record.get(index));
        return value == null || value.isBlank() ? null : value;
    }

    private static ResourceKind kind(String typed) {
        if (typed != null) {
            try {
                ResourceKind kind = ResourceKind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
                if (kind != ResourceKind.FILE) {
                    return kind;
                }
            } catch (IllegalArgumentException unknown) {
                // refused below, naming what was typed
            }
        }
        throw Rejected.onField("kind", "import.kind", typed == null ? "" : typed);
    }

    private static Set<Audience> audience(String typed) {
        Set<Audience> audience = EnumSet.noneOf(Audience.class);
        if (typed != null) {
            for (String part : typed.split(",")) {
                String name = part.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    audience.add(Audience.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    throw Rejected.onField("audience", "import.audience", part.strip());
                }
            }
        }
        return audience;
    }

    /** Spreadsheets save UTF-8 CSV with a byte-order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
