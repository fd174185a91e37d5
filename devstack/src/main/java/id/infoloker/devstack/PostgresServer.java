package id.infoloker.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * One embedded PostgreSQL 17 server (zonky's binaries from Maven) with data under {@code <work dir>/postgres}; the
 * {@code postgres} process itself is started by {@code pg_ctl}, in its own session.
 */
final class PostgresServer implements AutoCloseable {

    /** The role every service connects as, the same as in the services' application.yml. */
    static final String USER = "infoloker";
    static final String PASSWORD = "infoloker";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(int port, Path dataDirectory, Path logFile) {
        try {
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    // The devstack stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    // Five services with connection pools, plus tests; and speed over durability: data is wiped anyway.
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new DevstackException("Could not start PostgreSQL on port " + port + ": " + e.getMessage()
                    + " (see " + logFile + ")", e);
        }
    }

    /** Creates the role {@value #USER} and {@code databases}, owned by it so Flyway can create tables. */
    void createDatabases(Collection<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            for (String database : databases) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
            }
        } catch (SQLException e) {
            throw new DevstackException("Could not create the devstack databases: " + e.getMessage(), e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            Console.print("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
