package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

class LibraryCsvTest {

    @Test
    void aSpreadsheetsRowsBecomeDraftsWhateverTheColumnOrderAndCase() {
        List<LibraryCsv.Row> rows = LibraryCsv.read(new StringReader("""
                \uFEFFKind,Title,URL,Tags,Audience,Description
                article,"If we aren't addressing racism, we aren't addressing trauma",https://example.org/simmons,"equity, sel",educators,"Dena Simmons, 2019"
                book,We Want to Do More Than Survive,,,,"Bettina Love
                two lines"
                """));
        assertEquals(2, rows.size());
        ResourceDraft first = rows.get(0).draft();
        assertEquals(ResourceKind.ARTICLE, first.kind());
        assertEquals("If we aren't addressing racism, we aren't addressing trauma", first.title());
        assertEquals("equity, sel", first.tags());
        assertEquals(Set.of(Audience.EDUCATORS), first.audience());
        assertEquals(2, rows.get(0).line(), "the header is row 1");
        assertEquals("Bettina Love\ntwo lines", rows.get(1).draft().description());
        assertEquals(null, rows.get(1).draft().link(), "an empty cell is nothing, not an empty string");
    }

    @Test
    void aRowWithAnUnknownKindIsRejectedByNameAndTheOthersStillRead() {
        List<LibraryCsv.Row> rows = LibraryCsv.read(new StringReader("""
                title,kind,url
                Fine,link,https://example.org
                Odd,podcast,https://example.org/p
                Upload,file,https://example.org/f
                Also fine,video,https://example.org/v
                """));
        assertEquals(List.of(true, false, true, true), rows.stream().map(LibraryCsv.Row::isAccepted).toList());
        assertEquals("import.kind", rows.get(1).problem());
        assertEquals(List.of("podcast"), rows.get(1).problemArguments());
        assertEquals(3, rows.get(1).line());
        assertEquals(ResourceKind.LINK, rows.get(2).draft().kind(), "an uploaded file exported elsewhere comes back as a link to it");
    }

    @Test
    void anUploadedFileWithoutItsLinkIsRefusedSayingWhatToDo() {
        LibraryCsv.Row row = LibraryCsv.read(new StringReader("title,kind,url\nConferring notes,file,\n")).get(0);
        assertEquals("import.fileWithoutLink", row.problem());
        assertEquals(List.of("Conferring notes"), row.problemArguments());
    }

    @Test
    void withoutAKindTheRowSaysWhatItIs() {
        List<LibraryCsv.Row> rows = LibraryCsv.read(new StringReader("""
                Title;URL;ISBN
                Survive;;978-0-8070-6915-8
                Read-aloud tips;https://www.youtube.com/watch?v=abc;
                Equity guide;https://example.org/guide;
                """));
        assertEquals(List.of(ResourceKind.BOOK, ResourceKind.VIDEO, ResourceKind.LINK), rows.stream().map(r -> r.draft().kind()).toList());
    }

    @Test
    void semicolonsAndTabsSeparateCellsAsCommasDo() {
        assertEquals("Lecture, écriture", LibraryCsv.read(new StringReader("titre;title;kind;url\nx;\"Lecture, écriture\";link;https://x.org\n"))
                .get(0).draft().title());
        assertEquals("Tabbed", LibraryCsv.read(new StringReader("title\tkind\turl\nTabbed\tlink\thttps://x.org\n")).get(0).draft().title());
        assertEquals("One, two", LibraryCsv.read(new StringReader("title,kind,url\n\"One, two\",link,https://x.org\n")).get(0).draft().title(),
                "commas stay the separator when the header has no semicolons");
    }

    @Test
    void aWindowsSpreadsheetsFileIsReadAsWindows1252AndSaysSo() {
        byte[] windows = "title;kind;url\nÉcole été – cahier;link;https://x.org\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        LibraryCsv.Decoded decoded = LibraryCsv.decode(windows);
        assertEquals("Windows-1252", decoded.encoding());
        assertEquals("École été – cahier", LibraryCsv.read(new StringReader(decoded.text())).get(0).draft().title());

        byte[] utf8WithMark = "\uFEFFtitle,kind,url\nÉcole,link,https://x.org\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("UTF-8", LibraryCsv.decode(utf8WithMark).encoding());
        assertEquals("École", LibraryCsv.read(new StringReader(LibraryCsv.decode(utf8WithMark).text())).get(0).draft().title());
        byte[] utf16 = "\uFEFFtitle,kind,url\nÉcole,link,https://x.org\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertEquals("École", LibraryCsv.read(new StringReader(LibraryCsv.decode(utf16).text())).get(0).draft().title());
    }

    @Test
    void anUnknownAudienceIsNamedInTheRejection() {
        LibraryCsv.Row row = LibraryCsv.read(new StringReader("title,kind,url,audience\nX,link,https://x.org,\"grades 3-5, aliens\"\n")).get(0);
        assertFalse(row.isAccepted());
        assertEquals(List.of("aliens"), row.problemArguments());
        assertTrue(LibraryCsv.read(new StringReader("title,kind,url,audience\nX,link,https://x.org,Grades 3-5\n")).get(0).isAccepted());
    }

    @Test
    void aFileWithoutTitleAndKindColumnsIsRefusedWhole() {
        Rejected refused = assertThrows(Rejected.class, () -> LibraryCsv.read(new StringReader("name,kind,address\nA,link,https://a.org\n")));
        assertEquals("import.noHeader", refused.messageKey());
    }

    @Test
    void brokenQuotingIsRefusedWithAClearReason() {
        Rejected refused = assertThrows(Rejected.class,
                () -> LibraryCsv.read(new StringReader("title,kind\n\"never closed,link\nmore,link\n")));
        assertEquals("import.unreadable", refused.messageKey());
        assertEquals(List.of(2L), List.of(refused.arguments()), "it says from which line, not the parser's words");
    }

    @Test
    void moreRowsThanAnImportTakesAreRefused() {
        StringBuilder csv = new StringBuilder("title,kind,url\n");
        for (int i = 0; i <= LibraryCsv.MOST_ROWS; i++) {
            csv.append("R").append(i).append(",link,https://x.org/").append(i).append('\n');
        }
        assertEquals("import.tooMany", assertThrows(Rejected.class, () -> LibraryCsv.read(new StringReader(csv.toString()))).messageKey());
    }

    @Test
    void formulaLikeTextIsExportedAsTextAndImportsBackAsItWas() throws Exception {
        Resource sneaky = new Resource(null, ResourceKind.ARTICLE, "=HYPERLINK(\"https://evil.example\",\"Click\")",
                new WebLink("https://example.org/a"), "-2 points for late work, +1 for drafts", null, java.time.Instant.EPOCH);
        StringBuilder file = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter printer = LibraryCsv.printer(file)) {
            LibraryCsv.print(printer, sneaky);
        }
        String exported = file.toString();
        assertTrue(exported.contains("\"'=HYPERLINK(") && exported.contains("'-2 points"),
                "a spreadsheet shows these as text instead of running them: " + exported);

        ResourceDraft back = LibraryCsv.read(new StringReader(exported)).get(0).draft();
        assertEquals("=HYPERLINK(\"https://evil.example\",\"Click\")", back.title());
        assertEquals("-2 points for late work, +1 for drafts", back.description());
        assertEquals("https://example.org/a", back.link());
    }
}
