package org.marigold.archive;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A table's columns and their SQL types, read from the database itself, and the one conversion between a column's
 * value and its JSON form: moments as ISO instants ("2026-03-12T23:30:00Z"), dates and times as ISO text, numbers,
 * booleans and text as themselves. The same on H2 and PostgreSQL.
 */
final class SqlColumns {

    private final Map<String, Integer> types;

    private SqlColumns(Map<String, Integer> types) {
        this.types = types;
    }

    static SqlColumns of(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
        }
        return new SqlColumns(types);
    }

    /** The columns of a table as the database has them. */
    static SqlColumns ofTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet none = statement.executeQuery()) {
            return of(none.getMetaData());
        }
    }

    Set<String> names() {
        return types.keySet();
    }

    boolean has(String column) {
        return types.containsKey(column);
    }

    /** The value of the row's column {@code index} (1-based) as JSON. */
    static JsonValue read(ResultSet row, int index) throws SQLException {
        int type = row.getMetaData().getColumnType(index);
        JsonValue value = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime moment = row.getObject(index, OffsetDateTime.class);
                yield moment == null ? null : Json.createValue(moment.toInstant().toString());
            }
            case Types.DATE -> {
                LocalDate day = row.getObject(index, LocalDate.class);
                yield day == null ? null : Json.createValue(day.toString());
            }
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> {
                LocalTime time = row.getObject(index, LocalTime.class);
                yield time == null ? null : Json.createValue(time.toString());
            }
            case Types.BOOLEAN, Types.BIT -> row.getBoolean(index) ? JsonValue.TRUE : JsonValue.FALSE;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> Json.createValue(row.getLong(index));
            default -> {
                String text = row.getString(index);
                yield text == null ? null : Json.createValue(text);
            }
        };
        return row.wasNull() || value == null ? JsonValue.NULL : value;
    }

    /**
     * Binds a JSON value to parameter {@code index} as column {@code column} takes it; throws
     * {@link IllegalArgumentException} naming what the column wants when the value is not that: moment, date, time,
     * boolean, number or text.
     */
    void bind(PreparedStatement statement, int index, String column, JsonValue value) throws SQLException {
        int type = types.get(column);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                    statement.setObject(index, parsed(value, "moment", text -> Instant.parse(text).atOffset(ZoneOffset.UTC)));
            case Types.DATE -> statement.setObject(index, parsed(value, "date", LocalDate::parse));
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> statement.setObject(index, parsed(value, "time", LocalTime::parse));
            case Types.BOOLEAN, Types.BIT -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    throw new IllegalArgumentException("boolean");
                }
                statement.setBoolean(index, value.getValueType() == JsonValue.ValueType.TRUE);
            }
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    throw new IllegalArgumentException("number");
                }
                if (type == Types.BIGINT) {
                    statement.setLong(index, number.longValueExact());
                } else {
                    statement.setInt(index, number.intValueExact());
                }
            }
            default -> statement.setString(index, text(value, "text"));
        }
    }

    private static <T> T parsed(JsonValue value, String wanted, Function<String, T> parse) {
        try {
            return parse.apply(text(value, wanted));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(wanted);
        }
    }

    private static String text(JsonValue value, String wanted) {
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException(wanted);
        }
        return string.getString();
    }
}
