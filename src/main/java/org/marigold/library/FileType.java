package org.marigold.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * The kinds of file the library accepts, told apart by their content (Apache Tika's magic numbers), never by the
 * name alone. DOCX and PPTX are both ZIP packages, so the package's main part decides which one it is.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private static final Tika TIKA = new Tika();

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<FileType> of(byte[] content) {
        String detected = TIKA.detect(content);
        if ("application/x-tika-ooxml".equals(detected) || "application/zip".equals(detected)) {
            return officePackage(content);
        }
        return Arrays.stream(values()).filter(type -> type.contentType.equals(detected)).findFirst();
    }

    /** The type a file name claims by its extension. */
    public static Optional<FileType> named(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    public static String acceptedExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList());
    }

    private static Optional<FileType> officePackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("ppt/presentation.xml")) {
                    return Optional.of(PPTX);
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
    }
}
