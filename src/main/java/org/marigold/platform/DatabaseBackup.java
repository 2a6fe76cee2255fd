package org.marigold.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consistent copy of the embedded H2 database, written while Marigold runs: H2's {@code SCRIPT} (the whole database
 * as SQL, read in one transaction's snapshot) compressed with gzip, into {@code marigold.backup.dir} ({@code
 * data/backups} by default). It is restored into an empty database with H2's {@code RunScript} (docs/operations.md).
 * PostgreSQL is backed up with its own tools ({@code pg_dump}); asked there, this says so.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final DateTimeFormatter NAMED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String SUFFIX = ".sql.gz";

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "marigold.backup.dir", defaultValue = "data/backups")
    String directory;

    @Inject
    Clock clock;

    /** One backup file: its name, size and when it was written. */
    public record Backup(String name, long bytes, Instant at) {
    }

    /** Whether the database is the embedded H2 one, which this backs up (PostgreSQL has pg_dump). */
    public boolean isEmbedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    /** Where backups are written, as an absolute path (the operator looks for them there). */
    public Path directory() {
        return Path.of(directory).toAbsolutePath().normalize();
    }

    /** Writes a consistent copy of the database now; refused on PostgreSQL, whose own tools do it. */
    public Backup backUp() {
        if (!isEmbedded()) {
            throw Rejected.because("backup.notEmbedded");
        }
        Instant now = clock.instant();
        Path file = directory().resolve("marigold-" + NAMED.format(now) + SUFFIX);
        try {
            Files.createDirectories(file.getParent());
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // The name is made here from the configured folder and the time, never from anything a person typed.
                statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION GZIP");
            }
            return new Backup(file.getFileName().toString(), Files.size(file), now);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder " + file.getParent() + " cannot be written", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up to " + file, e);
        }
    }

    /** The backups in the folder, the newest first. */
    public List<Backup> backups() {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).map(DatabaseBackup::described)
                    .sorted(Comparator.comparing(Backup::at).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Backup described(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
