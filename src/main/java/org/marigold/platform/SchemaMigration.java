package org.marigold.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Owns the application's datasource and brings its schema up to date before anything uses it.
 * The database is chosen by MicroProfile Config ({@code marigold.db.*}, or the environment variables
 * {@code MARIGOLD_DB_URL}, {@code MARIGOLD_DB_CLASS}, ...): an H2 file by default, PostgreSQL in production.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "${MPCONFIG=marigold.db.class}",
        url = "${MPCONFIG=marigold.db.url}",
        user = "${MPCONFIG=marigold.db.user}",
        password = "${MPCONFIG=marigold.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/marigold";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        boolean postgres = isPostgres();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", postgres ? "classpath:db/postgresql" : "classpath:db/h2")
                .placeholders(Map.of("binary", postgres ? "BYTEA" : "BINARY LARGE OBJECT"))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Most migrations are one SQL for both databases; the few differences (binary type, search index) are chosen here. */
    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
