package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.marigold.library.SearchText;

/**
 * Library searches compare text without accents: every resource's search text is folded again the way new ones are
 * (in Java, so H2 and PostgreSQL fold alike).
 */
public class V19__accent_blind_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement read = context.getConnection().createStatement();
             ResultSet rows = read.executeQuery("SELECT id, title, description, tags FROM resource");
             PreparedStatement write = context.getConnection().prepareStatement("UPDATE resource SET search_text = ? WHERE id = ?")) {
            int batched = 0;
            while (rows.next()) {
                write.setString(1, SearchText.of(rows.getString("title"), rows.getString("description"), rows.getString("tags")));
                write.setLong(2, rows.getLong("id"));
                write.addBatch();
                if (++batched % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}
