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
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            texts.put("README.md", readMe(community, written.json()));
            for (JsonObject meeting : written.json().getJsonArray("meetings").getValuesAs(JsonObject.class)) {
                if ("ENDED".equals(meeting.getString("status"))) {
                    long number = meeting.getJsonNumber("id").longValue();
                    long meetingId = export.databaseId("meetings", number);
                    texts.put(recordPath(number, meeting), RecordMarkdown.write(records.record(actorId, meetingId), reader.getLanguage(),
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
        Account importer = accounts.account(actorId);
        if (!instanceAdmins.isAdmin(importer)) {
            throw new AccessDenied("Only the instance's administrators import communities.");
        }
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
                        actorId).write(json, opened);
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
        if (!instanceAdmins.isAdmin(accounts.account(actorId))) {
            throw new AccessDenied("Only the instance's administrators import communities.");
        }
        imported.welcomed().forEach(email -> resets.welcome(email, imported.name(), linkTo));
    }

    /** The largest archive an import takes, in megabytes. */
    public long mostMegabytes() {
        return mostMegabytes;
    }

    private static String recordPath(long number, JsonObject meeting) {
        String day = meeting.getString("starts_at").substring(0, 10);
        String title = meeting.getString("title").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "records/" + String.format("%03d", number) + "-" + day + "-" + (title.length() > 50 ? title.substring(0, 50) : title) + ".md";
    }

    private String libraryCsv(long actorId, String slug, ArchiveExport export, ArchiveExport.Written written) throws IOException {
        StringWriter csv = new StringWriter();
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

    private static String readMe(Community community, JsonObject json) {
        int meetings = json.getJsonArray("meetings").size();
        long ended = json.getJsonArray("meetings").getValuesAs(JsonObject.class).stream().filter(m -> "ENDED".equals(m.getString("status"))).count();
        return "# " + community.getName() + "\n\n"
                + "Everything the community *" + community.getName() + "* kept in Marigold, exported " + json.getString("exported_at") + ".\n\n"
                + "- `community.json`: the whole community (format `" + ArchiveTables.FORMAT + "`, version " + ArchiveTables.VERSION + "): its "
                + "settings, " + json.getJsonArray("people").size() + " people, protocols, series, " + meetings + " meetings with everything "
                + "said in them, and the library with its lists. Another Marigold imports it as a new community.\n"
                + "- `records/`: the record of each of the " + ended + " meetings that ended, in Markdown.\n"
                + "- `library.csv`: the library, one resource a row (a spreadsheet opens it).\n"
                + "- `files/`: the library's files.\n\n"
                + (json.getBoolean("emails_included") ? "" : "E-mail addresses were left out, as the export was asked.\n\n")
                + "The format is described in Marigold's own documentation, docs/archive-format.md.\n";
    }
}
