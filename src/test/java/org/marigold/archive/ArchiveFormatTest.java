package org.marigold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive's paths stay inside its folder, and its documentation names every array and field it holds. */
class ArchiveFormatTest {

    @Test
    void aPathLeadingOutsideTheArchivesFolderIsRefused() {
        for (String escaping : List.of("../outside.txt", "files/1/../../../etc/passwd", "/etc/passwd", "C:/Windows/x", "files\\..\\x", "")) {
            assertTrue(ArchiveZip.Opened.outside(escaping), escaping);
        }
        for (String inside : List.of("community.json", "records/001-2026-11-04-november.md", "files/3/notes..final.pdf")) {
            assertFalse(ArchiveZip.Opened.outside(inside), inside);
        }
    }

    @Test
    void aFilesNameCannotReadAsAFolderInTheArchive() {
        assertEquals("files/2/__.._etc_passwd", ArchiveZip.filePath(2, "../../etc/passwd"));
        assertEquals("files/2/_hidden", ArchiveZip.filePath(2, ".hidden"));
        assertEquals("files/2/Consultancy notes.pdf", ArchiveZip.filePath(2, "Consultancy notes.pdf"));
        assertFalse(ArchiveZip.Opened.outside(ArchiveZip.filePath(2, "../../etc/passwd")));
    }

    @Test
    void theFormatsDocumentationNamesEveryArrayAndField() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("basedir", "."), "docs", "archive-format.md"));
        List<String> missing = new ArrayList<>();
        for (ArchiveTable table : ArchiveTables.ALL) {
            if (!doc.contains("`" + table.name() + "`")) {
                missing.add(table.name());
            }
            for (String column : columns(table.query())) {
                if (!doc.matches("(?s).*\\b" + column + "\\b.*")) {
                    missing.add(table.name() + "." + column);
                }
            }
        }
        for (String query : List.of(ArchiveTables.MEMBERS, ArchiveTables.PERSON, ArchiveTables.COMMUNITY)) {
            columns(query).stream().filter(c -> !"account_id".equals(c) && !doc.contains(c)).forEach(missing::add);
        }
        assertEquals(List.of(), missing);
    }

    /** The names a query selects: "x.title" is title, "CASE … END AS author_id" is author_id. */
    private static List<String> columns(String query) {
        String selected = query.substring("SELECT ".length(), query.indexOf(" FROM "));
        List<String> names = new ArrayList<>();
        for (String item : selected.split(",\\s*")) {
            String name = item.contains(" AS ") ? item.substring(item.lastIndexOf(" AS ") + 4) : item.substring(item.indexOf('.') + 1);
            names.add(name.strip());
        }
        return names;
    }
}
