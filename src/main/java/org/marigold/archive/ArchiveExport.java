package org.marigold.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a community's rows ({@link ArchiveTables}) into the archive's JSON: every row of an array numbered 1, 2, …
 * in the array's order, and every reference turned into the number of the row it names. People are numbered after
 * everything else is read, so that everyone a row names is in {@code people}: the members first, in the order they
 * joined, then people who took part without being members now (guests who left), by name.
 */
final class ArchiveExport {

    /** A file of the library: the resource's number in the archive, its name, and its row in the database. */
    record File(long number, String name, long resourceId) {
    }

    /** The archive's JSON, and the files to put beside it. */
    record Written(JsonObject json, List<File> files) {
    }

    private final Connection connection;
    private final long communityId;
    private final boolean emails;
    private final Map<String, Map<Long, Long>> numbers = new HashMap<>();

    ArchiveExport(Connection connection, long communityId, boolean emails) {
        this.connection = connection;
        this.communityId = communityId;
        this.emails = emails;
    }

    Written write(Instant now) throws SQLException {
        Map<String, List<Map<String, JsonValue>>> arrays = new LinkedHashMap<>();
        for (ArchiveTable table : ArchiveTables.ALL) {
            arrays.put(table.name(), rows(table.query(), table.id(), table.name()));
        }
        List<Map<String, JsonValue>> members = rows(ArchiveTables.MEMBERS, null, null);
        List<Long> people = people(members, arrays);

        JsonObjectBuilder json = Json.createObjectBuilder().add("format", ArchiveTables.FORMAT).add("version", ArchiveTables.VERSION)
                .add("exported_at", now.toString()).add("emails_included", emails);
        json.add("community", object(rows(ArchiveTables.COMMUNITY, null, null).get(0)));
        json.add("people", people(people, members));
        List<File> files = new ArrayList<>();
        for (ArchiveTable table : ArchiveTables.ALL) {
            List<Map<String, JsonValue>> rows = arrays.get(table.name());
            List<JsonObject> written = new ArrayList<>();
            for (Map<String, JsonValue> row : rows) {
                Map<String, JsonValue> numbered = new LinkedHashMap<>();
                row.forEach((column, value) -> numbered.put(column, numbered(table, column, value)));
                written.add(object(numbered));
                if ("resources".equals(table.name()) && row.get("file_name") instanceof jakarta.json.JsonString name) {
                    long resourceId = ((JsonNumber) row.get("id")).longValue();
                    files.add(new File(number("resources", resourceId), name.getString(), resourceId));
                }
            }
            if (table.id() == null) {
                written.sort(Comparator.comparing(JsonObject::toString));
            }
            JsonArrayBuilder array = Json.createArrayBuilder();
            written.forEach(array::add);
            json.add(table.name(), array);
        }
        return new Written(json.build(), files);
    }

    /** Reads rows; numbers them in {@code array} by their {@code id} column when they have one. */
    private List<Map<String, JsonValue>> rows(String query, String id, String array) throws SQLException {
        List<Map<String, JsonValue>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setLong(1, communityId);
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, JsonValue> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), SqlColumns.read(result, i));
                    }
                    if (id != null) {
                        long databaseId = ((JsonNumber) row.get(id)).longValue();
                        Map<Long, Long> numbered = numbers.computeIfAbsent(array, a -> new HashMap<>());
                        numbered.put(databaseId, (long) numbered.size() + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Everyone named anywhere: members in the order they joined, then the others by name. */
    private List<Long> people(List<Map<String, JsonValue>> members, Map<String, List<Map<String, JsonValue>>> arrays) throws SQLException {
        Set<Long> ordered = new LinkedHashSet<>();
        members.forEach(member -> ordered.add(((JsonNumber) member.get("account_id")).longValue()));
        Set<Long> others = new LinkedHashSet<>();
        members.forEach(member -> addIfPerson(others, member.get("invited_by")));
        for (ArchiveTable table : ArchiveTables.ALL) {
            for (Map<String, JsonValue> row : arrays.get(table.name())) {
                table.refs().forEach((column, array) -> {
                    if ("people".equals(array)) {
                        addIfPerson(others, row.get(column));
                    }
                });
            }
        }
        others.removeAll(ordered);
        Map<Long, String> names = new HashMap<>();
        for (Long other : others) {
            names.put(other, person(other).get("display_name").toString());
        }
        others.stream().sorted(Comparator.comparing((Long other) -> names.get(other)).thenComparing(Comparator.<Long>naturalOrder()))
                .forEach(ordered::add);
        Map<Long, Long> numbered = numbers.computeIfAbsent("people", a -> new HashMap<>());
        ordered.forEach(accountId -> numbered.put(accountId, (long) numbered.size() + 1));
        return new ArrayList<>(ordered);
    }

    private static void addIfPerson(Set<Long> people, JsonValue value) {
        if (value instanceof JsonNumber number) {
            people.add(number.longValue());
        }
    }

    private JsonArrayBuilder people(List<Long> people, List<Map<String, JsonValue>> members) throws SQLException {
        Map<Long, Map<String, JsonValue>> membership = new HashMap<>();
        members.forEach(member -> membership.put(((JsonNumber) member.get("account_id")).longValue(), member));
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Long accountId : people) {
            Map<String, JsonValue> person = new LinkedHashMap<>();
            person.put("id", Json.createValue(number("people", accountId)));
            Map<String, JsonValue> account = person(accountId);
            if (!emails) {
                account.remove("email");
            }
            person.putAll(account);
            Map<String, JsonValue> member = membership.get(accountId);
            if (member == null) {
                person.put("role", JsonValue.NULL);
            } else {
                member.forEach((column, value) -> {
                    if (!"account_id".equals(column)) {
                        person.put(column, "invited_by".equals(column) ? numberOrNull("people", value) : value);
                    }
                });
            }
            array.add(object(person));
        }
        return array;
    }

    private Map<String, JsonValue> person(long accountId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ArchiveTables.PERSON)) {
            statement.setLong(1, accountId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                Map<String, JsonValue> row = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), SqlColumns.read(result, i));
                }
                return row;
            }
        }
    }

    private JsonValue numbered(ArchiveTable table, String column, JsonValue value) {
        if (column.equals(table.id())) {
            return Json.createValue(number(table.name(), ((JsonNumber) value).longValue()));
        }
        String array = table.refersTo(column);
        if (array == null) {
            return value;
        }
        if ("protocols".equals(array) && value instanceof JsonNumber template && !numbers.getOrDefault(array, Map.of()).containsKey(template.longValue())) {
            return Json.createValue(ArchiveTables.BUILT_IN + builtInCode(template.longValue()));
        }
        return numberOrNull(array, value);
    }

    private JsonValue numberOrNull(String array, JsonValue value) {
        return value instanceof JsonNumber id ? Json.createValue(number(array, id.longValue())) : JsonValue.NULL;
    }

    /** The row of the database a row of the archive was read from. */
    long databaseId(String array, long number) {
        return numbers.getOrDefault(array, Map.of()).entrySet().stream().filter(e -> e.getValue() == number).findFirst()
                .map(Map.Entry::getKey).orElseThrow();
    }

    long number(String array, long databaseId) {
        Long number = numbers.getOrDefault(array, Map.of()).get(databaseId);
        if (number == null) {
            throw new IllegalStateException(array + " has no row " + databaseId + " in community " + communityId);
        }
        return number;
    }

    private String builtInCode(long templateId) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT code FROM protocol_template WHERE id = ?")) {
            statement.setLong(1, templateId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The built-in protocol " + templateId + " cannot be read", e);
        }
    }

    private static JsonObject object(Map<String, JsonValue> row) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        row.forEach((column, value) -> object.add(column, value == null ? JsonValue.NULL : value));
        return object.build();
    }
}
