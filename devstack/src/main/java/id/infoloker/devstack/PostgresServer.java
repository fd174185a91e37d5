package id.infoloker.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL 17 server (zonky's binaries from Maven) with data under {@code <work dir>/postgres}; the
 * {@code postgres} process itself is started by {@code pg_ctl}, in its own session. It can be stopped and started
 * again with its data, for the database-outage drill.
 */
final class PostgresServer implements AutoCloseable {

    /** The role every service connects as, the same as in the services' application.yml. */
    static final String USER = "infoloker";
    static final String PASSWORD = "infoloker";

    /** Five services with connection pools, plus tests; and speed over durability: data is wiped anyway. */
    private static final Map<String, String> SERVER_CONFIG = Map.of(
            "max_connections", "300",
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path logFile;
    /** Found on the first stop: only the database drill needs it, and a devstack must not fail to start over it. */
    private Path pgCtl;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path logFile) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    static PostgresServer start(int port, Path dataDirectory, Path logFile) {
        try {
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    // The devstack stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log);
            SERVER_CONFIG.forEach(builder::setServerConfig);
            return new PostgresServer(builder.start(), dataDirectory, logFile);
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

    /**
     * Stops the server like an operator would ({@code pg_ctl stop -m fast}: sessions are ended, nothing needs crash
     * recovery) and keeps the data for {@link #restart()}.
     */
    void stop() {
        if (pgCtl == null) {
            pgCtl = pgCtlBesideRunningServer(dataDirectory);
        }
        pgCtl("stop", "-m", "fast", "-w", "-t", "60");
    }

    /** Starts the server again on the same port, with the same settings and data. */
    void restart() {
        StringBuilder options = new StringBuilder("-p " + port() + " -F");
        SERVER_CONFIG.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
        // -l: the server writes its log there, not to pg_ctl's output, which is read to its end here.
        pgCtl("start", "-w", "-t", "60", "-l", logFile.toString(), "-o", options.toString());
    }

    boolean isRunning() {
        return Files.exists(dataDirectory.resolve("postmaster.pid"));
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; like zonky, run it as the unprivileged user of a new user namespace.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(90, TimeUnit.SECONDS);
            Files.writeString(logFile, output, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!finished || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new DevstackException("pg_ctl " + arguments[0] + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new DevstackException("Could not run pg_ctl " + arguments[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while running pg_ctl " + arguments[0], e);
        }
    }

    /**
     * zonky unpacks its binaries to a directory it does not expose; the running postmaster (its PID is the first line
     * of postmaster.pid) tells where, and pg_ctl lies beside it.
     */
    private static Path pgCtlBesideRunningServer(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            Path postgresBinary = ProcessHandle.of(pid)
                    .flatMap(process -> process.info().command())
                    .map(Path::of)
                    .orElseThrow(() -> new DevstackException("Cannot see the command of PostgreSQL's process " + pid));
            String executable = postgresBinary.getFileName().toString().endsWith(".exe") ? "pg_ctl.exe" : "pg_ctl";
            return postgresBinary.resolveSibling(executable);
        } catch (IOException | RuntimeException e) {
            throw new DevstackException("Cannot find pg_ctl of the embedded PostgreSQL: " + e.getMessage(), e);
        }
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
