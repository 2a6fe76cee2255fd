package org.marigold.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.community.Role;
import org.marigold.library.LibraryService;
import org.marigold.library.ResourceDraft;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceListService;
import org.marigold.library.SampleFiles;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.TransitionAction;
import org.marigold.meeting.breakout.BreakoutNote;
import org.marigold.meeting.breakout.BreakoutService;
import org.marigold.meeting.breakout.GroupAssignment;
import org.marigold.meeting.breakout.GroupWorkService;
import org.marigold.meeting.record.RecordService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.Rejected;
import org.marigold.platform.SchemaMigration;
import org.marigold.support.Deployments;
import org.marigold.support.InACircle;
import org.marigold.support.People;

/**
 * A community's archive, exported and imported again, is the same community: on H2 and on PostgreSQL, a meeting with
 * questions, groups, notes, finds and recommendations, a record's comment, a list and an uploaded file come back
 * with who said what; exporting the import gives the same archive. A file that is not an archive, from a newer
 * Marigold, too large, damaged, or reaching outside its folder is refused with the reason, and nothing is imported.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveIT extends InACircle {

    /** The instance's administrator: the same address in the test's JVM and the server's. */
    private static final String ARCHIVIST = "archivist@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.marigold(ArchiveIT.class, SampleFiles.class),
                "marigold.admins=" + ARCHIVIST, "marigold.archive.max-mb=2");
    }

    @Inject
    ArchiveService archives;

    @Inject
    BreakoutService breakouts;

    @Inject
    GroupWorkService work;

    @Inject
    RecordService records;

    @Inject
    LibraryService library;

    @Inject
    ResourceListService lists;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    private long archivist() {
        long id = accounts.byEmail(ARCHIVIST).map(a -> a.getId())
                .orElseGet(() -> accounts.registerConfirmed(ARCHIVIST, "Ada Archivist", People.PASSWORD, ZoneId.of("UTC"), Locale.ENGLISH).getId());
        if (communities.membership(communities.community(slug), id).isEmpty()) {
            invite(id, Role.ADMIN);
        }
        return id;
    }

    /** A meeting run to its end: questions merged and answered, two groups with notes, a find and a pin, recommendations. */
    private long aMeetingRun() {
        return aMeetingRun(false);
    }

    private long aMeetingRun(boolean anonymous) {
        long lena = newMember("Lena");
        long id = consultancy();
        meetings.anonymousContributions(admin, id, anonymous);
        move(id, TransitionAction.START, -1);
        for (long who : List.of(presenter, member, guest, lena)) {
            meetings.join(who, id);
        }
        var groups = breakouts.form(admin, id, GroupAssignment.Request.chosenByMembers(2, 2));
        breakouts.choose(member, groups.get(0).getId());
        breakouts.choose(lena, groups.get(0).getId());
        breakouts.choose(guest, groups.get(1).getId());
        move(id, TransitionAction.NEXT, 0);
        Contribution question = meetings.contribute(member, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many readers?", null);
        Contribution again = meetings.contribute(lena, id, ContributionKind.QUESTION, ContributionType.CLARIFYING, "How many students read?", null);
        meetings.merge(admin, question.getId(), again.getId());
        meetings.answer(presenter, again.getId(), "Twenty-four, in grade 3.");
        move(id, TransitionAction.NEXT, 1);
        BreakoutNote note = work.addNote(member, groups.get(0).getId(), "Try literature circles with roles");
        work.addNote(guest, groups.get(1).getId(), "Audit the classroom library");
        work.addFind(lena, groups.get(0).getId(), ResourceKind.ARTICLE, "Literature circles", "https://example.org/lit-circles", "Roles");
        work.pin(admin, note.getId(), true);
        move(id, TransitionAction.NEXT, 2);
        Contribution recommendation = work.recommend(lena, note.getId());
        meetings.vote(guest, recommendation.getId());
        meetings.pick(presenter, recommendation.getId(), true);
        move(id, TransitionAction.END, 3);
        records.comment(member, id, "We tried it: the quiet readers spoke.");
        return id;
    }

    private void aLibrary() {
        var handout = library.upload(member, slug, "stamina.pdf", SampleFiles.pdf(),
                new ResourceDraft(null, "Stamina handout", null, null, "A handout", "stamina"));
        var list = lists.create(admin, slug, "Start here", "For new members");
        lists.add(admin, list.getId(), handout.getId());
    }

    private byte[] export(long actor, String community, boolean emails) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        archives.export(actor, community, emails, zip);
        return zip.toByteArray();
    }

    private ArchiveService.Imported importing(long actor, byte[] zip) {
        return archives.importArchive(actor, new ByteArrayInputStream(zip));
    }

    @Test
    void exportingTheImportGivesTheSameArchiveWithWhoSaidWhat() throws Exception {
        long archivist = archivist();
        aMeetingRun();
        aLibrary();
        byte[] first = export(admin, slug, true);

        ArchiveService.Imported imported = importing(archivist, first);
        assertNotEquals(slug, imported.slug(), "a new community beside the old one");
        assertTrue(imported.name().startsWith("Literacy circle (imported "), "told apart from its original by name: " + imported.name());
        assertEquals(1, imported.meetings());
        assertEquals(0, imported.newPeople(), "everyone is known here by their address");
        byte[] second = export(archivist, imported.slug(), true);

        Map<String, byte[]> before = entries(first);
        Map<String, byte[]> after = entries(second);
        assertEquals(before.keySet(), after.keySet());
        assertTrue(before.keySet().stream().anyMatch(name -> name.startsWith("records/")), before.keySet().toString());
        assertTrue(before.keySet().stream().anyMatch(name -> name.startsWith("files/") && name.endsWith("/stamina.pdf")), before.keySet().toString());
        assertEquals(comparable(before), comparable(after));
        for (String name : before.keySet()) {
            if (!ArchiveZip.JSON.equals(name) && !"README.md".equals(name)) {
                assertEquals(new String(before.get(name), StandardCharsets.UTF_8), new String(after.get(name), StandardCharsets.UTF_8), name);
            }
        }

        JsonObject json = json(before);
        JsonObject samsQuestion = json.getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
                .filter(c -> "How many readers?".equals(c.getString("body"))).findFirst().orElseThrow();
        JsonObject sam = json.getJsonArray("people").getJsonObject(samsQuestion.getInt("author_id") - 1);
        assertEquals("Sam", sam.getString("display_name"), "the archive says who asked");
        assertTrue(new String(before.get("library.csv"), StandardCharsets.UTF_8).contains("Stamina handout"));
    }

    @Test
    void aMeetingWhoseContributionsWereAnonymousIsArchivedNamingNobody() throws Exception {
        long archivist = archivist();
        aMeetingRun(true);
        byte[] zip = export(admin, slug, true);
        JsonObject json = json(entries(zip));
        for (String array : List.of("contributions", "breakout_notes")) {
            assertTrue(json.getJsonArray(array).getValuesAs(JsonObject.class).stream().allMatch(row -> row.isNull("author_id")),
                    array + ": " + json.getJsonArray(array));
        }
        assertEquals(0, json.getJsonArray("contribution_askers").size(), "nor who asked the same");
        assertTrue(json.getJsonArray("resources").getValuesAs(JsonObject.class).stream().allMatch(row -> row.isNull("added_by")),
                "nor who found what");
        assertEquals(5, json.getJsonArray("attendance").size(), "who came is kept, as every page keeps it");
        String record = entries(zip).entrySet().stream().filter(e -> e.getKey().startsWith("records/")).map(e -> new String(e.getValue(),
                StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(record.contains("Try literature circles with roles"), record);
        assertEquals(record.indexOf("Lena"), record.lastIndexOf("Lena"), "Lena is named once, among who came: " + record);
        assertEquals(1, importing(archivist, zip).meetings(), "and it imports");
    }

    @Test
    void withoutAddressesPeopleComeBackAsNamesAndTheImporterIsAnAdmin() throws Exception {
        long archivist = archivist();
        aMeetingRun();
        byte[] zip = export(admin, slug, false);
        JsonObject json = json(entries(zip));
        assertTrue(json.getJsonArray("people").getValuesAs(JsonObject.class).stream().noneMatch(p -> p.containsKey("email")));

        ArchiveService.Imported imported = importing(archivist, zip);
        assertEquals(json.getJsonArray("people").size(), imported.newPeople(), "nobody is matched without an address");
        assertEquals(Role.ADMIN, communities.membership(communities.community(imported.slug()), archivist).orElseThrow().getRole());
        assertTrue(communities.membership(communities.community(imported.slug()), member).isEmpty(),
                "Sam's words are not given to Sam's account on a guess");
        var members = communities.membersOf(communities.community(imported.slug()));
        assertEquals(json.getJsonArray("people").size() + 1, members.size(), "the names, and the importer");
        assertEquals(1, members.stream().filter(m -> !m.getAccount().isNameOnly()).count(), "nobody signs in as a name");
    }

    @Test
    void aFileThatIsNotAnArchiveOrIsDamagedIsRefusedWithTheReasonAndNothingIsImported() throws Exception {
        long archivist = archivist();
        aMeetingRun();
        aLibrary();
        byte[] good = export(admin, slug, true);
        long communitiesBefore = count("community");
        long accountsBefore = count("account");

        assertEquals("archive.notArchive", refused(archivist, "not a zip at all".getBytes(StandardCharsets.UTF_8)));
        assertEquals("archive.noJson", refused(archivist, zip(Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("archive.newer", refused(archivist, changed(good, json -> with(json, "version", Json.createValue(2)))));
        Map<String, byte[]> escaping = new TreeMap<>(entries(good));
        escaping.put("../../outside.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("archive.outside", refused(archivist, zip(escaping)));

        Map<String, byte[]> disguised = new TreeMap<>(entries(good));
        String pdf = disguised.keySet().stream().filter(name -> name.endsWith("/stamina.pdf")).findFirst().orElseThrow();
        disguised.put(pdf, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        Rejected wrongType = assertThrows(Rejected.class, () -> importing(archivist, zip(disguised)));
        assertEquals("archive.fileType", wrongType.messageKey());
        assertEquals(pdf, wrongType.arguments()[0]);

        // A note naming a group the archive does not hold is found before anything is written.
        Rejected damaged = assertThrows(Rejected.class, () -> importing(archivist, changed(good, json -> {
            var notes = Json.createArrayBuilder(json.getJsonArray("breakout_notes"));
            notes.add(Json.createObjectBuilder(json.getJsonArray("breakout_notes").getJsonObject(0)).add("id", 999).add("breakout_id", 77));
            return with(json, "breakout_notes", notes.build());
        })));
        assertEquals("archive.damaged.reference", damaged.messageKey());
        assertEquals("breakout_notes #3, breakout_id", damaged.arguments()[0]);
        assertEquals("breakouts", damaged.arguments()[1]);
        Rejected unknownKind = assertThrows(Rejected.class, () -> importing(archivist, changed(good, json -> {
            var meetings = Json.createArrayBuilder();
            meetings.add(Json.createObjectBuilder(json.getJsonArray("meetings").getJsonObject(0)).add("status", "EXPLODED"));
            return with(json, "meetings", meetings.build());
        })));
        assertEquals("archive.damaged.oneOf", unknownKind.messageKey());
        assertEquals("meetings #1, status", unknownKind.arguments()[0]);
        // The database refuses the library's last resource, long after the community, its members and meetings were
        // written: all of it goes.
        Rejected tooLong = assertThrows(Rejected.class, () -> importing(archivist, changed(good, json -> {
            var resources = Json.createArrayBuilder(json.getJsonArray("resources"));
            int last = json.getJsonArray("resources").size() - 1;
            resources.set(last, Json.createObjectBuilder(json.getJsonArray("resources").getJsonObject(last)).add("title", "x".repeat(5000)));
            return with(json, "resources", resources.build());
        })));
        assertEquals("archive.damaged.stored", tooLong.messageKey());
        assertTrue(tooLong.arguments()[0].toString().startsWith("resources #"), tooLong.arguments()[0].toString());

        byte[] large = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(large);
        assertEquals("archive.tooLarge", refused(archivist, large));

        assertEquals(communitiesBefore, count("community"), "no community was made half-way");
        assertEquals(accountsBefore, count("account"), "no account was made half-way");
        assertThrows(AccessDenied.class, () -> importing(admin, good), "a community's admin is not the instance's");
        assertThrows(AccessDenied.class, () -> export(member, slug, false), "a member does not export the community");
    }

    private String refused(long actor, byte[] zip) {
        return assertThrows(Rejected.class, () -> importing(actor, zip)).messageKey();
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static JsonObject json(Map<String, byte[]> entries) {
        return Json.createReader(new StringReader(new String(entries.get(ArchiveZip.JSON), StandardCharsets.UTF_8))).readObject();
    }

    private static byte[] changed(byte[] zip, UnaryOperator<JsonObject> change) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(entries(zip));
        entries.put(ArchiveZip.JSON, change.apply(json(entries)).toString().getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static JsonObject with(JsonObject json, String name, JsonValue value) {
        return Json.createObjectBuilder(json).add(name, value).build();
    }

    /**
     * The archive's JSON but for when it was exported, and the community's address and name (a copy beside its
     * original has its own).
     */
    private static JsonObject comparable(Map<String, byte[]> entries) {
        JsonObject json = json(entries);
        return Json.createObjectBuilder(json).remove("exported_at")
                .add("community", Json.createObjectBuilder(json.getJsonObject("community")).remove("slug").remove("name")).build();
    }
}
