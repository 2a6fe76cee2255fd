package org.marigold.archive;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.marigold.account.Account;
import org.marigold.community.Slug;
import org.marigold.library.FileType;
import org.marigold.meeting.Phase;
import org.marigold.platform.Rejected;

/**
 * Writes an archive's JSON into a new community, after checking all of it: the format and version, every array's
 * fields and values, and that every reference names a row the archive holds. People are matched to accounts by e-mail;
 * anyone the archive names without a known address gets an account of their own, which nobody can sign in to until
 * an address is set ("person-…@imported.invalid"). The caller's transaction holds it all: a refusal part-way
 * leaves nothing behind.
 */
final class ArchiveImport {

    /** What was imported: the new community's address, and how much came with it. */
    record Imported(String slug, String name, int people, int newPeople, int meetings, int resources, List<String> invite) {
    }

    /** Reads a file of the archive by its path, or null when it holds none. */
    interface Files {
        byte[] read(String path);
    }

    private static final Set<String> PERSON = Set.of("id", "email", "display_name", "organisation", "time_zone", "language",
            "badges_hidden", "role", "joined_at", "invited_by", "reminders", "summaries", "digests");
    private static final Set<String> COMMUNITY = Set.of("slug", "name", "description", "visibility", "time_zone", "created_at",
            "anonymous_records", "comment_days", "summaries_to_all");

    private final Connection connection;
    private final Instant now;
    private final String lockedPassword;
    private final long importerId;
    private final Map<String, Set<Long>> held = new HashMap<>();
    private final Map<String, Map<Long, Long>> written = new HashMap<>();
    private final List<Runnable> deferred = new ArrayList<>();
    private final Set<Long> createdAccounts = new HashSet<>();
    private final UnaryOperator<String> copyName;
    private String slug;
    private String name;

    /** {@code copyName}: the name of a copy of a community of this name that is here already. */
    ArchiveImport(Connection connection, Instant now, String lockedPassword, long importerId, UnaryOperator<String> copyName) {
        this.connection = connection;
        this.copyName = copyName;
        this.now = now;
        this.lockedPassword = lockedPassword;
        this.importerId = importerId;
    }

    /** The archive's format version, checked: not an archive, or one from a newer Marigold, is refused. */
    static void checkFormat(JsonObject json) {
        if (!(json.get("format") instanceof JsonString format) || !ArchiveTables.FORMAT.equals(format.getString())
                || !(json.get("version") instanceof JsonNumber version) || !version.isIntegral() || version.intValue() < 1) {
            throw Rejected.because("archive.notArchive");
        }
        if (version.intValue() > ArchiveTables.VERSION) {
            throw Rejected.because("archive.newer", version.intValue(), ArchiveTables.VERSION);
        }
    }

    Imported write(JsonObject json, Files files) throws SQLException {
        checkFormat(json);
        JsonObject community = object(json, "community");
        checkFields("community", 0, community, COMMUNITY);
        List<JsonObject> people = objects(json, "people");
        Map<String, List<JsonObject>> arrays = new HashMap<>();
        Map<String, SqlColumns> columns = new HashMap<>();
        for (ArchiveTable table : ArchiveTables.ALL) {
            arrays.put(table.name(), objects(json, table.name()));
            columns.put(table.name(), exported(table));
        }
        numbersOf("people", people, "id");
        for (ArchiveTable table : ArchiveTables.ALL) {
            if (table.id() != null) {
                numbersOf(table.name(), arrays.get(table.name()), table.id());
            }
        }
        checkPeople(people);
        for (ArchiveTable table : ArchiveTables.ALL) {
            List<JsonObject> rows = arrays.get(table.name());
            for (int i = 0; i < rows.size(); i++) {
                check(table, i + 1, rows.get(i), columns.get(table.name()));
            }
        }

        long communityId = community(community);
        int newPeople = people(people, communityId);
        for (ArchiveTable table : ArchiveTables.ALL) {
            SqlColumns target = SqlColumns.ofTable(connection, table.table());
            List<JsonObject> rows = arrays.get(table.name());
            for (int i = 0; i < rows.size(); i++) {
                insert(table, i + 1, rows.get(i), communityId, target);
            }
        }
        deferred.forEach(Runnable::run);
        List<JsonObject> resources = arrays.get("resources");
        for (int i = 0; i < resources.size(); i++) {
            file(resources.get(i), files);
        }
        List<String> invite = new ArrayList<>();
        for (JsonObject person : people) {
            if (person.get("email") instanceof JsonString email && person.get("role") instanceof JsonString
                    && createdAccounts.contains(written.get("people").get(((JsonNumber) person.get("id")).longValue()))) {
                invite.add(Account.normaliseEmail(email.getString()));
            }
        }
        return new Imported(slug, name, people.size(), newPeople, arrays.get("meetings").size(),
                resources.size(), invite);
    }

    /** The columns an array holds, as its query selects them. */
    private SqlColumns exported(ArchiveTable table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(table.query())) {
            statement.setLong(1, -1);
            try (ResultSet none = statement.executeQuery()) {
                return SqlColumns.of(none.getMetaData());
            }
        }
    }

    private void numbersOf(String array, List<JsonObject> rows, String id) {
        Set<Long> numbers = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i).get(id) instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1
                    || !numbers.add(number.longValue())) {
                throw damaged(array, i + 1, id, "ownNumber");
            }
        }
        held.put(array, numbers);
    }

    private void checkPeople(List<JsonObject> people) {
        for (int i = 0; i < people.size(); i++) {
            JsonObject person = people.get(i);
            checkFields("people", i + 1, person, PERSON);
            if (!(person.get("display_name") instanceof JsonString name) || name.getString().isBlank()) {
                throw damaged("people", i + 1, "display_name", "name");
            }
            JsonValue email = person.get("email");
            if (email != null && email.getValueType() != JsonValue.ValueType.NULL
                    && (!(email instanceof JsonString address) || !address.getString().contains("@"))) {
                throw damaged("people", i + 1, "email", "email");
            }
            zone(person, "people", i + 1);
            if (!(person.get("language") instanceof JsonString language) || !Phase.LANGUAGES.contains(language.getString())) {
                throw damaged("people", i + 1, "language", "oneOf", String.join(", ", Phase.LANGUAGES));
            }
            checkEnum("people", i + 1, "role", person.get("role"), ArchiveTables.ROLE, true);
            checkReference("people", i + 1, "invited_by", person.get("invited_by"), "people");
            if (person.get("joined_at") instanceof JsonString joined) {
                try {
                    Instant.parse(joined.getString());
                } catch (DateTimeException wrong) {
                    throw damaged("people", i + 1, "joined_at", "moment");
                }
            }
        }
    }

    private void check(ArchiveTable table, int position, JsonObject row, SqlColumns columns) {
        checkFields(table.name(), position, row, columns.names());
        table.enums().forEach((column, type) -> checkEnum(table.name(), position, column, row.get(column), type, true));
        table.refs().forEach((column, array) -> checkReference(table.name(), position, column, row.get(column), array));
    }

    private void checkFields(String array, int position, JsonObject row, Set<String> allowed) {
        for (String field : row.keySet()) {
            if (!allowed.contains(field)) {
                throw damaged(array, position, field, "unknownField");
            }
        }
    }

    private void checkEnum(String array, int position, String field, JsonValue value, Class<? extends Enum<?>> type, boolean nullable) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (!nullable) {
                throw damaged(array, position, field, "oneOf", names(type));
            }
            return;
        }
        if (!(value instanceof JsonString text) || Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(text.getString()))) {
            throw damaged(array, position, field, "oneOf", names(type));
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private void checkReference(String array, int position, String field, JsonValue value, String target) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if ("protocols".equals(target) && value instanceof JsonString builtIn && builtIn.getString().startsWith(ArchiveTables.BUILT_IN)) {
            return;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || !held.getOrDefault(target, Set.of()).contains(number.longValue())) {
            throw damaged(array, position, field, "reference", target);
        }
    }

    private ZoneId zone(JsonObject row, String array, int position) {
        try {
            return ZoneId.of(row.getString("time_zone"));
        } catch (DateTimeException | ClassCastException | NullPointerException e) {
            throw damaged(array, position, "time_zone", "zone");
        }
    }

    private long community(JsonObject community) throws SQLException {
        checkEnum("community", 0, "visibility", community.get("visibility"), ArchiveTables.VISIBILITY, false);
        zone(community, "community", 0);
        if (!(community.get("name") instanceof JsonString named) || named.getString().isBlank()) {
            throw damaged("community", 0, "name", "name");
        }
        JsonString name = named;
        String wanted = community.get("slug") instanceof JsonString given && Slug.isValid(given.getString()) ? given.getString()
                : Slug.fromName(name.getString()).value();
        Slug free = new Slug(wanted);
        for (int n = 2; exists("SELECT 1 FROM community WHERE slug = ?", free.value()); n++) {
            free = new Slug(wanted).numbered(n);
        }
        slug = free.value();
        // A copy beside its original (imported into the same Marigold) is told apart by its name; either starts private.
        this.name = exists("SELECT 1 FROM community WHERE name = ?", name.getString()) ? copyName.apply(name.getString()) : name.getString();
        long id = next("community");
        insertRow("community", 0, "community", community, Map.of("id", id, "slug", slug, "name", this.name, "visibility", "PRIVATE",
                "version", 0L), Set.of());
        return id;
    }

    private int people(List<JsonObject> people, long communityId) throws SQLException {
        Map<Long, Long> accounts = written.computeIfAbsent("people", a -> new HashMap<>());
        int created = 0;
        for (JsonObject person : people) {
            long number = ((JsonNumber) person.get("id")).longValue();
            Long account = null;
            String email = person.get("email") instanceof JsonString address ? Account.normaliseEmail(address.getString()) : null;
            if (email != null) {
                account = found("SELECT id FROM account WHERE email = ?", email);
            }
            if (account == null) {
                account = next("account");
                createdAccounts.add(account);
                created++;
                String address = email != null ? email : "person-" + UUID.randomUUID() + Account.NAME_ONLY_DOMAIN;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, email, display_name, organisation,"
                        + " time_zone, language, password_hash, created_at, version, badges_hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                    insert.setLong(1, account);
                    insert.setString(2, address);
                    insert.setString(3, person.getString("display_name").strip());
                    insert.setString(4, person.get("organisation") instanceof JsonString organisation ? organisation.getString() : null);
                    insert.setString(5, person.getString("time_zone"));
                    insert.setString(6, person.getString("language"));
                    insert.setString(7, lockedPassword);
                    insert.setObject(8, now.atOffset(ZoneOffset.UTC));
                    insert.setBoolean(9, person.getBoolean("badges_hidden", false));
                    insert.executeUpdate();
                } catch (SQLException refused) {
                    throw damaged("people", (int) number, "display_name", "stored", firstLine(refused));
                }
            }
            accounts.put(number, account);
        }
        boolean importerIsAdmin = false;
        for (JsonObject person : people) {
            if (person.get("role") instanceof JsonString role) {
                long account = accounts.get(((JsonNumber) person.get("id")).longValue());
                String kept = account == importerId ? "ADMIN" : role.getString();
                importerIsAdmin |= account == importerId;
                member(communityId, account, kept, person);
            }
        }
        if (!importerIsAdmin) {
            member(communityId, importerId, "ADMIN", null);
        }
        return created;
    }

    private void member(long communityId, long account, String role, JsonObject person) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO membership (id, community_id, account_id, role, joined_at,"
                + " version, invited_by, reminders, summaries, digests) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            insert.setLong(1, next("membership"));
            insert.setLong(2, communityId);
            insert.setLong(3, account);
            insert.setString(4, role);
            Instant joined = person != null && person.get("joined_at") instanceof JsonString at ? Instant.parse(at.getString()) : now;
            insert.setObject(5, joined.atOffset(ZoneOffset.UTC));
            Long invitedBy = person != null && person.get("invited_by") instanceof JsonNumber by ? written.get("people").get(by.longValue()) : null;
            insert.setObject(6, invitedBy);
            insert.setBoolean(7, person == null || person.getBoolean("reminders", true));
            insert.setBoolean(8, person == null || person.getBoolean("summaries", true));
            insert.setBoolean(9, person == null || person.getBoolean("digests", true));
            insert.executeUpdate();
        } catch (SQLException refused) {
            throw damaged("people", 0, "email", "twice");
        }
    }

    private void insert(ArchiveTable table, int position, JsonObject row, long communityId, SqlColumns target) throws SQLException {
        Map<String, Object> set = new HashMap<>();
        Long id = null;
        if (table.id() != null) {
            id = next(table.table());
            written.computeIfAbsent(table.name(), a -> new HashMap<>()).put(((JsonNumber) row.get(table.id())).longValue(), id);
            set.put(table.id(), id);
        }
        if (table.owned()) {
            set.put("community_id", communityId);
        }
        if (target.has("version")) {
            set.put("version", 0L);
        }
        for (Map.Entry<String, String> reference : table.refs().entrySet()) {
            String column = reference.getKey();
            JsonValue value = row.get(column);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (value instanceof JsonString builtIn) {
                set.put(column, builtInProtocol(table.name(), position, column, builtIn.getString()));
                continue;
            }
            long number = ((JsonNumber) value).longValue();
            Long database = written.getOrDefault(reference.getValue(), Map.of()).get(number);
            if (database == null && id == null) {
                throw damaged(table.name(), position, column, "reference", reference.getValue());
            }
            if (database == null) {
                long rowId = id;
                set.put(column, null);
                deferred.add(() -> later(table, rowId, column, reference.getValue(), number));
            } else {
                set.put(column, database);
            }
        }
        insertRow(table.table(), position, table.name(), row, set, Set.of());
    }

    /** Sets a reference to a row written after this one (a question merged into a later one). */
    private void later(ArchiveTable table, long rowId, String column, String array, long number) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table.table() + " SET " + column + " = ? WHERE " + table.id() + " = ?")) {
            update.setLong(1, written.get(array).get(number));
            update.setLong(2, rowId);
            update.executeUpdate();
        } catch (SQLException refused) {
            throw damaged(table.name(), 0, column, "stored", firstLine(refused));
        }
    }

    /** Inserts a row: the given values, then the JSON's for every other column it holds. */
    private void insertRow(String tableName, int position, String array, JsonObject row, Map<String, Object> given, Set<String> skipped)
            throws SQLException {
        SqlColumns target = SqlColumns.ofTable(connection, tableName);
        List<String> names = new ArrayList<>(given.keySet());
        for (String field : row.keySet()) {
            if (!given.containsKey(field) && !skipped.contains(field)) {
                names.add(field);
            }
        }
        String sql = "INSERT INTO " + tableName + " (" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (given.containsKey(name)) {
                    insert.setObject(i + 1, given.get(name));
                } else {
                    try {
                        target.bind(insert, i + 1, name, row.get(name));
                    } catch (IllegalArgumentException | ArithmeticException wrong) {
                        throw damaged(array, position, name, wrong instanceof ArithmeticException ? "number" : wrong.getMessage());
                    }
                }
            }
            insert.executeUpdate();
        } catch (SQLException refused) {
            throw damaged(array, position, "", "stored", firstLine(refused));
        }
    }

    private long builtInProtocol(String array, int position, String column, String name) throws SQLException {
        Long id = found("SELECT id FROM protocol_template WHERE community_id IS NULL AND code = ?", name.substring(ArchiveTables.BUILT_IN.length()));
        if (id == null) {
            throw damaged(array, position, column, "builtIn");
        }
        return id;
    }

    private void file(JsonObject resource, Files files) throws SQLException {
        if (!(resource.get("file_name") instanceof JsonString name)) {
            return;
        }
        long number = ((JsonNumber) resource.get("id")).longValue();
        String path = ArchiveZip.filePath(number, name.getString());
        byte[] content = files.read(path);
        if (content == null) {
            throw Rejected.because("archive.fileMissing", path);
        }
        String claimed = resource.get("content_type") instanceof JsonString type ? type.getString() : "";
        if (FileType.of(content).filter(type -> type.contentType().equals(claimed)).isEmpty()) {
            throw Rejected.because("archive.fileType", path, claimed);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resource_file (resource_id, content) VALUES (?, ?)")) {
            insert.setLong(1, written.get("resources").get(number));
            insert.setBytes(2, content);
            insert.executeUpdate();
        }
    }

    private long next(String table) throws SQLException {
        String sequence = table + "_seq";
        String sql = "H2".equals(connection.getMetaData().getDatabaseProductName()) ? "SELECT NEXT VALUE FOR " + sequence
                : "SELECT nextval('" + sequence + "')";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private boolean exists(String sql, String value) throws SQLException {
        return found(sql, value) != null;
    }

    private Long found(String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        }
    }

    private static JsonObject object(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonObject object)) {
            throw damaged(name, 0, "", "object");
        }
        return object;
    }

    private static List<JsonObject> objects(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw damaged(name, 0, "", "list");
        }
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject row)) {
                throw damaged(name, i + 1, "", "object");
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Refuses the archive, naming where it is wrong ("meetings #3, starts_at") and what it should be: the message
     * {@code archive.damaged.<what>}, its arguments after the place.
     */
    private static Rejected damaged(String array, int position, String field, String what, Object... more) {
        String where = array + (position > 0 ? " #" + position : "") + (field.isEmpty() ? "" : ", " + field);
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = where;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return Rejected.because("archive.damaged." + what, arguments);
    }

    private static String firstLine(SQLException refused) {
        return refused.getMessage() == null ? "" : refused.getMessage().lines().findFirst().orElse("");
    }
}
