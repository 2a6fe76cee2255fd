package org.marigold.archive;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.marigold.platform.Rejected;

/**
 * The archive as a zip: {@code community.json} (everything, {@link ArchiveTables}), {@code README.md}, each ended
 * meeting's record in {@code records/} as Markdown, the library as {@code library.csv}, and the library's files in
 * {@code files/N/name} (N: the resource's number in the archive). Reading refuses what is not such a zip, a path
 * that leads outside it, and content that unpacks to more than the limit.
 */
final class ArchiveZip {

    static final String JSON = "community.json";
    private static final int MOST_ENTRIES = 100_000;

    private ArchiveZip() {
    }

    /** Where a resource's file lies in the archive: its number, and its name with nothing that reads as a folder. */
    static String filePath(long number, String name) {
        String safe = name.replaceAll("[\\\\/:\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        return "files/" + number + "/" + (safe.isBlank() ? "file" : safe);
    }

    /** Writes the archive; {@code texts} are further files by path (the records, the CSV, the read-me). */
    static void write(OutputStream out, ArchiveExport.Written written, Map<String, String> texts, LongFunction<byte[]> fileContent)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(JSON));
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(new NotClosing(zip),
                    StandardCharsets.UTF_8)) {
                writer.writeObject(written.json());
            }
            zip.closeEntry();
            for (Map.Entry<String, String> text : texts.entrySet()) {
                zip.putNextEntry(new ZipEntry(text.getKey()));
                zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (ArchiveExport.File file : written.files()) {
                byte[] content = fileContent.apply(file.resourceId());
                if (content != null) {
                    zip.putNextEntry(new ZipEntry(filePath(file.number(), file.name())));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        }
    }

    /** An archive opened for import: its JSON, and its files by path, each read within the limit. */
    static final class Opened implements AutoCloseable, ArchiveImport.Files {

        private final ZipFile zip;
        private final long mostBytes;
        private long read;

        private Opened(ZipFile zip, long mostBytes) {
            this.zip = zip;
            this.mostBytes = mostBytes;
        }

        /** Opens and checks an archive: a zip, every path inside its folder, and a {@code community.json} of the right format. */
        static Opened open(Path file, long mostBytes) {
            ZipFile zip;
            try {
                zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            } catch (ZipException | IllegalArgumentException notZip) {
                throw Rejected.because("archive.notArchive");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Opened opened = new Opened(zip, mostBytes);
            try {
                int entries = 0;
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    String name = all.nextElement().getName();
                    if (++entries > MOST_ENTRIES) {
                        throw Rejected.because("archive.tooLarge", mostBytes / (1024 * 1024));
                    }
                    if (outside(name)) {
                        throw Rejected.because("archive.outside", name);
                    }
                }
                if (zip.getEntry(JSON) == null) {
                    throw Rejected.because("archive.noJson");
                }
                return opened;
            } catch (RuntimeException refused) {
                opened.close();
                throw refused;
            }
        }

        /** Whether a path would lead outside the archive's folder when unpacked (zip slip). */
        static boolean outside(String name) {
            return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                    || Arrays.asList(name.split("/")).contains("..");
        }

        JsonObject json() {
            byte[] bytes = read(JSON);
            try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
                return reader.readObject();
            } catch (JsonException | IllegalStateException notJson) {
                throw Rejected.because("archive.notArchive");
            }
        }

        @Override
        public byte[] read(String path) {
            ZipEntry entry = zip.getEntry(path);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, mostBytes - read + 1));
                read += bytes.length;
                if (read > mostBytes) {
                    throw Rejected.because("archive.tooLarge", mostBytes / (1024 * 1024));
                }
                return bytes;
            } catch (ZipException damaged) {
                throw Rejected.because("archive.notArchive");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Lets the JSON writer close its stream without closing the zip around it. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static Path temporary() {
        try {
            return Files.createTempFile("marigold-archive-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
