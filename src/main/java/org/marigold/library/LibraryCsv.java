package org.marigold.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        print(printer, resource, null, r -> null);
    }

    /**
     * One resource as a row for one reader (who found it in an anonymous meeting is left out: {@link Resource#addedByNameFor});
     * an uploaded file's row carries the address it is downloaded from, so the row imports elsewhere as a link to it.
     */
    public static void print(CSVPrinter printer, Resource resource, Long readerId, java.util.function.Function<Resource, String> fileAddress)
            throws IOException {
        String url = resource.getUrl() == null && resource.isFile() ? fileAddress.apply(resource) : resource.getUrl();
        printer.printRecord(java.util.stream.Stream.of(resource.getTitle(), resource.getKind().name().toLowerCase(Locale.ROOT),
                url, resource.getIsbn(), resource.getDescription(), String.join(", ", resource.getTags()),
                String.join(", ", resource.getAudience().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList()),
                resource.addedByNameFor(readerId), resource.getAddedAt(),
                resource.getFoundInMeeting() == null ? null : resource.getFoundInMeeting().getTitle())
                .map(SpreadsheetText::guarded).toList());
    }

    /** A file's text and the encoding it was read in, named for people ("UTF-8", "Windows-1252"). */
    public record Decoded(String text, String encoding) {
    }

    /**
     * Reads a file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark; anything that
     * is not valid UTF-8 is Windows-1252, what spreadsheets on Windows save "CSV" in, so "École été" stays itself.
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "Windows-1252");
        }
    }

    /**
     * Reads rows under a header that names at least "title" (any order, any case; without "kind" the kind is told
     * from the row; unknown columns such as "added_by" are ignored, so an export can be imported elsewhere). Cells
     * are separated by commas, semicolons (what spreadsheets write in French and Spanish) or tabs: whichever the
     * header uses.
     */
    public static List<Row> read(Reader in) {
        String text;
        try {
            java.io.StringWriter all = new java.io.StringWriter();
            in.transferTo(all);
            text = withoutByteOrderMark(all.toString());
        } catch (IOException unreadable) {
            throw Rejected.onField("file", "import.unreadable", 1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
        CSVParser parser = null;
        long reached = 1;
        try {
            parser = CSVParser.builder().setReader(new java.io.StringReader(text)).setFormat(format).get();
            Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            header.putAll(parser.getHeaderMap());
            if (!header.containsKey("title")) {
                throw Rejected.onField("file", "import.noHeader");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MOST_ROWS) {
                    throw Rejected.onField("file", "import.tooMany", MOST_ROWS);
                }
                rows.add(row(record, header));
                reached = parser.getCurrentLineNumber();
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw Rejected.onField("file", "import.unreadable", reached + 1);
        } finally {
            closeQuietly(parser);
        }
    }

    /** The separator the header row uses most, outside quotes: comma unless semicolons or tabs outnumber commas. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void closeQuietly(CSVParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a parser over a string holds nothing to release
            }
        }
    }

    private static Row row(CSVRecord record, Map<String, Integer> header) {
        long line = record.getRecordNumber() + 1;
        try {
            String title = cell(record, header, "title");
            String url = cell(record, header, "url");
            String isbn = cell(record, header, "isbn");
            ResourceKind kind = kind(cell(record, header, "kind"), title, url, isbn);
            return Row.accepted(line, new ResourceDraft(kind, title, url, isbn, cell(record, header, "description"),
                    cell(record, header, "tags"), audience(cell(record, header, "audience"))));
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

    /**
     * The kind a row names; with none, told from the row (a book has an ISBN, a video lives on a video site, anything
     * else is a link). An uploaded file exported elsewhere comes back as a link to where it can be downloaded.
     */
    static ResourceKind kind(String typed, String title, String url, String isbn) {
        if (typed == null) {
            return isbn != null ? ResourceKind.BOOK : url != null && VIDEO_SITES.matcher(url).find() ? ResourceKind.VIDEO : ResourceKind.LINK;
        }
        ResourceKind kind;
        try {
            kind = ResourceKind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Rejected.onField("kind", "import.kind", typed);
        }
        if (kind != ResourceKind.FILE) {
            return kind;
        }
        if (url == null) {
            throw Rejected.onField("kind", "import.fileWithoutLink", title == null ? "" : title);
        }
        return ResourceKind.LINK;
    }

    private static final java.util.regex.Pattern VIDEO_SITES = java.util.regex.Pattern.compile(
            "^https?://([a-z0-9-]+\\.)*(youtube\\.com|youtu\\.be|vimeo\\.com|ted\\.com)(/|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Audiences named in a cell or a request ("grades 3-5, educators"); an unknown one is refused by name. */
    public static Set<Audience> audience(String typed) {
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
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
