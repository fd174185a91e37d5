package id.infoloker.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server and one real Kafka broker for the whole test JVM, started on first use and stopped when
 * the JVM exits. Containers when a Docker engine answers; otherwise embedded servers (PostgreSQL 17 binaries from
 * Maven, spring-kafka-test's KRaft broker). Never H2, never a mocked broker.
 *
 * <p>Each caller asks for a database by name and gets its own, so a service's tests cannot see another's tables.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static TestInfrastructure instance;

    private final String postgresBaseUrl;
    private final String postgresUser;
    private final String postgresPassword;
    private final String kafkaBootstrapServers;
    private final Set<String> createdDatabases = new HashSet<>();

    private TestInfrastructure(String postgresBaseUrl, String postgresUser, String postgresPassword,
                               String kafkaBootstrapServers) {
        this.postgresBaseUrl = postgresBaseUrl;
        this.postgresUser = postgresUser;
        this.postgresPassword = postgresPassword;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainers() : startEmbedded();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String postgresUser() {
        return postgresUser;
    }

    public String postgresPassword() {
        return postgresPassword;
    }

    /** JDBC URL of {@code database}, created empty on first request. */
    public synchronized String jdbcUrl(String database) {
        String name = database.replaceAll("[^a-zA-Z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        if (createdDatabases.add(name)) {
            try (Connection connection = DriverManager.getConnection(postgresBaseUrl + "postgres", postgresUser,
                    postgresPassword);
                 Statement statement = connection.createStatement()) {
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + name);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
        }
        return postgresBaseUrl + name;
    }

    private static boolean dockerAvailable() {
        String choice = System.getProperty("infoloker.test.infrastructure", "auto");
        if (!"auto".equals(choice)) {
            return "containers".equals(choice);
        }
        // Asking Testcontainers takes seconds and logs an error when nothing answers; skip it when nothing could.
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
        return socket && DockerClientFactory.instance().isDockerAvailable();
    }

    @SuppressWarnings("resource")
    private static TestInfrastructure startContainers() {
        log.info("Test infrastructure: PostgreSQL and Kafka containers");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "test-infrastructure-stop"));
        String baseUrl = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/";
        return new TestInfrastructure(baseUrl, postgres.getUsername(), postgres.getPassword(),
                kafka.getBootstrapServers());
    }

    private static TestInfrastructure startEmbedded() {
        log.info("Test infrastructure: embedded PostgreSQL and embedded KRaft Kafka broker (no Docker engine)");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperties(java.util.Map.of(
                    "auto.create.topics.enable", "true",
                    "group.initial.rebalance.delay.ms", "0"));
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.destroy();
                try {
                    postgres.close();
                } catch (java.io.IOException e) {
                    log.debug("Embedded PostgreSQL did not close cleanly", e);
                }
            }, "test-infrastructure-stop"));
            String baseUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            return new TestInfrastructure(baseUrl, "postgres", "postgres", kafka.getBrokersAsString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL", e);
        }
    }
}
