package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.marigold.platform.Rejected;

/** The upload type check unpacks a DOCX or PPTX within bounds, so a "zip bomb" is refused without unpacking it. */
class PackageBoundsTest {

    private static final int MB = 1024 * 1024;

    /** A DOCX-like package with one part of {@code zeros} megabytes of zeros (it packs about a thousand to one). */
    private static byte[] docxWithZeros(int zeros, boolean mainPartFirst) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", "<Types/>");
            if (mainPartFirst) {
                part(zip, "word/document.xml", "<document/>");
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] megabyte = new byte[MB];
            for (int i = 0; i < zeros; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
            if (!mainPartFirst) {
                part(zip, "word/document.xml", "<document/>");
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String refusal(byte[] content, PackageBounds bounds) {
        return assertThrows(Rejected.class, () -> FileType.of(content, bounds)).messageKey();
    }

    @Test
    void aPackageThatUnpacksToAThousandTimesItsSizeIsRefusedAfterUnpackingLittleOfIt() {
        byte[] bomb = docxWithZeros(512, false);
        assertTrue(bomb.length < 2 * MB, "half a gigabyte packed into " + bomb.length + " bytes");
        long started = System.nanoTime();
        assertEquals("resource.file.overPacked", refusal(bomb, PackageBounds.DOCUMENTS));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "refused after unpacking some tens of megabytes, not half a gigabyte: " + took);
    }

    @Test
    void aBombAfterTheMainPartIsRefusedToo() {
        assertEquals("resource.file.overPacked", refusal(docxWithZeros(256, true), PackageBounds.DOCUMENTS));
    }

    @Test
    void aPackageOfMorePartsThanADocumentHasIsRefused() {
        String[] parts = new String[10_001];
        parts[0] = "word/document.xml";
        for (int i = 1; i < parts.length; i++) {
            parts[i] = "word/part" + i + ".xml";
        }
        assertEquals("resource.file.overPacked", refusal(SampleFiles.zip(parts), PackageBounds.DOCUMENTS));
    }

    @Test
    void whatAllPartsUnpackToAndTheTimeTakenAreBoundedToo() {
        PackageBounds small = new PackageBounds(100, 512 * 1024, 1_000_000, MB, Duration.ofSeconds(3));
        assertEquals("resource.file.overPacked", refusal(docxWithZeros(1, true), small), "a megabyte, over half a megabyte");
        PackageBounds noTime = new PackageBounds(100, MB, 100, MB, Duration.ZERO);
        assertEquals("resource.file.overPacked", refusal(SampleFiles.docx(), noTime));
    }

    @Test
    void realDocumentsAreWellInside() {
        assertEquals(Optional.of(FileType.DOCX), FileType.of(SampleFiles.docx()));
        assertEquals(Optional.of(FileType.PPTX), FileType.of(SampleFiles.pptx()));
        assertEquals(Optional.of(FileType.DOCX), FileType.of(docxWithZeros(8, true)), "eight megabytes of one image part");
    }
}
