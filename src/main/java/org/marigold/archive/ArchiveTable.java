package org.marigold.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One array of a community archive's {@code community.json}: the rows of one database table that belong to the
 * community, as its query selects them. Columns keep the table's names; an {@code id} is the row's number in the
 * archive (1, 2, …), and a reference ({@link #refs}) holds the number of a row of another array, so the archive names
 * no database's ids. Values in {@link #enums} must be one of the enum's constants.
 *
 * @param name     the array's name in the archive ("meetings")
 * @param table    the table rows are read from and written to
 * @param id       the table's id column, or null for a table keyed by its references
 * @param owned    whether the table holds a {@code community_id}, set to the community the archive is imported into
 * @param query    selects the community's rows (its one parameter: the community's id), in the archive's order
 * @param refs     reference columns and the array they point into ({@code "people"} for a person)
 * @param enums    columns holding an enum constant, and the enum
 */
record ArchiveTable(String name, String table, String id, boolean owned, String query, Map<String, String> refs,
                    Map<String, Class<? extends Enum<?>>> enums) {

    static ArchiveTable of(String name, String table, String id, boolean owned, String query) {
        return new ArchiveTable(name, table, id, owned, query, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** Names the reference columns: column, array, column, array, … */
    ArchiveTable refer(String... columnsAndArrays) {
        for (int i = 0; i < columnsAndArrays.length; i += 2) {
            refs.put(columnsAndArrays[i], columnsAndArrays[i + 1]);
        }
        return this;
    }

    ArchiveTable enumerated(String column, Class<? extends Enum<?>> type) {
        enums.put(column, type);
        return this;
    }

    /** The array a column refers into, or null. */
    String refersTo(String column) {
        return refs.get(column);
    }
}
