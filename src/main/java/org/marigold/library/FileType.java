package org.marigold.library;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * The kinds of file the library accepts, told apart by their content (Apache Tika's magic numbers), never by the
 * name alone. DOCX and PPTX are both ZIP packages, so the package's main part decides which one it is; the whole
 * package is read, within {@link PackageBounds}, so one that unpacks to far more than a document does is refused.
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

    /** What the bytes are, if they are one of the accepted kinds; a package beyond {@link PackageBounds#DOCUMENTS} is refused. */
    public static Optional<FileType> of(byte[] content) {
        return of(content, PackageBounds.DOCUMENTS);
    }

    static Optional<FileType> of(byte[] content, PackageBounds bounds) {
        String detected = TIKA.detect(content);
        if ("application/x-tika-ooxml".equals(detected) || "application/zip".equals(detected)) {
            return officePackage(content, bounds);
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

    /**
     * Reads every part of the package, counting what it unpacks to (into a small buffer, kept nowhere), and names its
     * main part. Every part is read, not only those before the main part: a bomb after it would be stored and handed on.
     */
    private static Optional<FileType> officePackage(byte[] content, PackageBounds bounds) {
        long started = System.nanoTime();
        Packed packed = new Packed(new ByteArrayInputStream(content));
        Optional<FileType> found = Optional.empty();
        int entries = 0;
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(packed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                bounds.check(++entries, inflated, packed.read, started);
                if (found.isEmpty() && entry.getName().equals("word/document.xml")) {
                    found = Optional.of(DOCX);
                } else if (found.isEmpty() && entry.getName().equals("ppt/presentation.xml")) {
                    found = Optional.of(PPTX);
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    bounds.check(entries, inflated, packed.read, started);
                }
            }
            return found;
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
    }

    /** The package's bytes, counting how many the unpacking has read. */
    private static final class Packed extends FilterInputStream {

        long read;

        Packed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
