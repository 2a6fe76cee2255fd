package org.marigold.archive;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.account.InstanceAdmins;
import org.marigold.account.LinkAddress;
import org.marigold.account.PasswordHasher;
import org.marigold.account.PasswordResetService;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.library.LibraryCsv;
import org.marigold.library.LibraryService;
import org.marigold.meeting.record.RecordMarkdown;
import org.marigold.meeting.record.RecordService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.Rejected;
import org.marigold.platform.SchemaMigration;
import org.marigold.platform.TokenSecret;
import org.marigold.platform.Wording;

/**
 * A community's whole record, taken anywhere (docs/archive-format.md): its admins export it as a zip; an instance's
 * administrators import such a zip as a new community. Importing is theirs alone because it attributes words to
 * the accounts an archive names by e-mail.
 */
@ApplicationScoped
@Transactional
public class ArchiveService {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    CommunityService communities;

    @Inject
    AccountService accounts;

    @Inject
    InstanceAdmins instanceAdmins;

    @Inject
    RecordService records;

    @Inject
    LibraryService library;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordResetService resets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marigold.archive.max-mb", defaultValue = "100")
    long mostMegabytes;

    /** What was imported (see {@link ArchiveImport.Imported}). */
    public record Imported(String slug, String name, int people, int newPeople, int meetings, int resources,
                           @JsonbTransient List<String> welcomed) {
    }

    /** The file's name a community's archive is saved under: its address and the day. */
    public String fileName(String slug) {
        return slug + "-" + clock.instant().atZone(ZoneOffset.UTC).toLocalDate() + ".zip";
    }

    /** The community's archive in a temporary file, which the caller sends and deletes (see {@link #export}). */
    public Path exportToFile(long actorId, String slug, boolean emails) {
        Path file = ArchiveZip.temporary();
        try (OutputStream out = Files.newOutputStream(file)) {
            export(actorId, slug, emails, out);
            return file;
        } catch (IOException | RuntimeException e) {
            forget(file);
            if (e instanceof RuntimeException refused) {
                throw refused;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    /** Writes the community's archive (an admin's); e-mail addresses only when asked. */
    public void export(long actorId, String slug, boolean emails, OutputStream out) {
        Community community = communities.community(slug);
        communities.require(community, actorId, Role.ADMIN);
        Account reader = accounts.account(actorId);
        try (Connection connection = dataSource.getConnection()) {
            ArchiveExport export = new ArchiveExport(connection, community.getId(), emails);
            ArchiveExport.Written written = export.write(clock.instant());
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("README.md", readMe(community, written.json(), reader, !written.files().isEmpty()));
            for (JsonObject meeting : written.json().getJsonArray("meetings").getValuesAs(JsonObject.class)) {
                if ("ENDED".equals(meeting.getString("status"))) {
                    long number = meeting.getJsonNumber("id").longValue();
                    long meetingId = export.databaseId("meetings", number);
                    texts.put(recordPath(number, meeting, community), RecordMarkdown.write(records.record(actorId, meetingId), reader.getLanguage(),
                            community.getTimeZone()));
                }
            }
            texts.put("library.csv", libraryCsv(actorId, slug, export, written));
            ArchiveZip.write(out, written, texts, resourceId -> file(connection, resourceId));
        } catch (SQLException e) {
            throw new IllegalStateException("The community " + slug + " could not be read for its archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports an archive as a new community (an instance administrator's), whole or not at all; the importer is among
     * its admins. Throws {@link Rejected} saying what is wrong with a file that is not a
     * Marigold archive, is newer than this Marigold, too large, damaged, or leads outside its folder.
     */
    public Imported importArchive(long actorId, InputStream archive) {
        Account importer = importer(actorId);
        long most = mostMegabytes * 1024 * 1024;
        Path file = ArchiveZip.temporary();
        try {
            try (InputStream in = archive; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long copied = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    copied += n;
                    if (copied > most) {
                        throw Rejected.because("archive.tooLarge", mostMegabytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            try (ArchiveZip.Opened opened = ArchiveZip.Opened.open(file, most); Connection connection = dataSource.getConnection()) {
                JsonObject json = opened.json();
                ArchiveImport.checkFormat(json);
                ArchiveImport.Imported imported = new ArchiveImport(connection, clock.instant(), hasher.hash(TokenSecret.generate("").value()),
                        actorId, name -> copyName(importer, name)).write(json, opened);
                return new Imported(imported.slug(), imported.name(), imported.people(), imported.newPeople(), imported.meetings(),
                        imported.resources(), imported.invite());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The archive could not be imported", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            forget(file);
        }
    }

    private static void forget(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A temporary file the system clears in time.
        }
    }

    /**
     * Mails each member new here a link to choose their password (an imported account has none), once the import is
     * saved; {@code linkTo} makes the reset page's address from the link's secret.
     */
    public void welcome(long actorId, Imported imported, LinkAddress linkTo) {
        importer(actorId);
        imported.welcomed().forEach(email -> resets.welcome(email, imported.name(), linkTo));
    }

    /** The one who imports: only the people who run this Marigold server (an archive gives words to the accounts it names). */
    private Account importer(long actorId) {
        Account importer = accounts.account(actorId);
        if (!instanceAdmins.isAdmin(importer)) {
            throw new AccessDenied("Only the people who run this Marigold server import communities.");
        }
        return importer;
    }

    /** "District Literacy (imported 5 December 2026)", in the importer's language and zone. */
    private String copyName(Account importer, String name) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(importer.getLanguage()).withZone(importer.getTimeZone())
                .format(clock.instant());
        return Wording.of(importer.getLanguage(), "archive.import.copyName", name, day);
    }

    /** The largest archive an import takes, in megabytes. */
    public long mostMegabytes() {
        return mostMegabytes;
    }

    /** "records/001-2026-11-30-student-led-writing-conferences.md": the meeting's number, its day where the community is, its title. */
    private static String recordPath(long number, JsonObject meeting, Community community) {
        LocalDate day = Instant.parse(meeting.getString("starts_at")).atZone(community.getTimeZone()).toLocalDate();
        String title = meeting.getString("title").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (title.length() > 60) {
            int cut = title.lastIndexOf('-', 60);
            title = title.substring(0, cut > 20 ? cut : 60);
        }
        return "records/" + String.format("%03d", number) + "-" + day + "-" + title + ".md";
    }


    private String libraryCsv(long actorId, String slug, ArchiveExport export, ArchiveExport.Written written) throws IOException {
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF'); // a byte-order mark, so that spreadsheets read UTF-8 as UTF-8
        try (CSVPrinter printer = LibraryCsv.printer(csv)) {
            int page = 500;
            for (int first = 0; ; first += page) {
                var resources = library.inOrderAdded(actorId, slug, first, page);
                for (var resource : resources) {
                    LibraryCsv.print(printer, resource, actorId, r -> r.getFileName() == null ? ""
                            : ArchiveZip.filePath(export.number("resources", r.getId()), r.getFileName()));
                }
                if (resources.size() < page) {
                    break;
                }
            }
        }
        return csv.toString();
    }

    private static byte[] file(Connection connection, long resourceId) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT content FROM resource_file WHERE resource_id = ?")) {
            statement.setLong(1, resourceId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The file of resource " + resourceId + " cannot be read", e);
        }
    }

    /** What the archive holds, in its reader's language. */
    private String readMe(Community community, JsonObject json, Account reader, boolean files) {
        BiFunction<String, Object[], String> text = (key, arguments) -> Wording.of(reader.getLanguage(), key, arguments);
        String day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(reader.getLanguage())
                .withZone(community.getTimeZone()).format(clock.instant());
        long ended = json.getJsonArray("meetings").getValuesAs(JsonObject.class).stream().filter(m -> "ENDED".equals(m.getString("status"))).count();
        StringBuilder md = new StringBuilder("# ").append(community.getName()).append("\n\n")
                .append(text.apply("archive.readme.lead", new Object[] {community.getName(), day})).append("\n\n")
                .append("- `community.json`").append(text.apply("punct.colon", new Object[0])).append(' ')
                .append(text.apply("archive.readme.json", new Object[] {ArchiveTables.VERSION, json.getJsonArray("people").size(),
                        json.getJsonArray("meetings").size()})).append("\n");
        if (ended > 0) {
            md.append("- `records/`").append(text.apply("punct.colon", new Object[0])).append(' ')
                    .append(text.apply("archive.readme.records", new Object[] {ended})).append("\n");
        }
        md.append("- `library.csv`").append(text.apply("punct.colon", new Object[0])).append(' ')
                .append(text.apply("archive.readme.csv", new Object[0])).append("\n");
        if (files) {
            md.append("- `files/`").append(text.apply("punct.colon", new Object[0])).append(' ')
                    .append(text.apply("archive.readme.files", new Object[0])).append("\n");
        }
        md.append("\n").append(text.apply(json.getBoolean("emails_included") ? "archive.readme.emails" : "archive.readme.noEmails", new Object[0]))
                .append("\n\n").append(text.apply("archive.readme.format", new Object[] {ArchiveTables.FORMAT})).append("\n");
        return md.toString();
    }

}
