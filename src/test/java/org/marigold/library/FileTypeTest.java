package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void aPdfIsKnownByItsContent() {
        assertEquals(Optional.of(FileType.PDF), FileType.of(SampleFiles.pdf()));
    }

    @Test
    void officeDocumentsAreToldApartByTheirMainPart() {
        assertEquals(Optional.of(FileType.DOCX), FileType.of(SampleFiles.docx()));
        assertEquals(Optional.of(FileType.PPTX), FileType.of(SampleFiles.pptx()));
    }

    @Test
    void imagesAreKnownByTheirContent() {
        assertEquals(Optional.of(FileType.PNG), FileType.of(SampleFiles.png()));
    }

    @Test
    void anHtmlPageCalledPdfIsNothingWeAccept() {
        assertEquals(Optional.empty(), FileType.of("<html><script>alert(1)</script></html>".getBytes()));
        assertEquals(Optional.of(FileType.PDF), FileType.named("lesson.PDF"));
    }

    @Test
    void aPlainZipIsNotAnOfficeDocument() {
        assertEquals(Optional.empty(), FileType.of(SampleFiles.zip("notes.txt")));
    }

    @Test
    void namesWithoutAKnownExtensionClaimNothing() {
        assertEquals(Optional.empty(), FileType.named("README"));
        assertEquals(Optional.empty(), FileType.named("run.exe"));
        assertEquals(Optional.of(FileType.JPEG), FileType.named("photo.jpeg"));
    }
}
