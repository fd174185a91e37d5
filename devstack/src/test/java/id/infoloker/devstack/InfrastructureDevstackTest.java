package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL and the Kafka broker for real, without any service jar. */
class InfrastructureDevstackTest {

    private static final String TOPIC = "devstack.probe.v1";

    @Test
    void runsPostgresAndAKafkaBrokerThatBothKeepTheirDataAcrossARestart(@TempDir Path root) throws Exception {
        DevstackOptions options = DevstackOptions.defaults(root).withServices().withPorts(Ports.free());

        try (Devstack devstack = Devstack.start(options)) {
            for (String database : Devstack.DATABASES) {
                assertServiceRoleCanCreateTablesIn(devstack, database);
            }
            assertThat(devstack.jwtSigningKey().privateKey()).isEqualTo(root.resolve(".devstack/private.pem"));
            assertThat(devstack.logFile("kafka")).exists();

            String value = "registered-" + UUID.randomUUID();
            produce(devstack.kafkaBootstrapServers(), value);
            assertThat(consumeAll(devstack.kafkaBootstrapServers())).contains(value);

            devstack.stopKafka();
            assertThat(devstack.isKafkaRunning()).isFalse();
            assertThat(Readiness.accepts(options.ports().kafka())).isFalse();

            devstack.startKafka();
            assertThat(consumeAll(devstack.kafkaBootstrapServers())).contains(value);

            devstack.stopPostgres();
            assertThat(devstack.isPostgresRunning()).isFalse();
            assertThat(Readiness.accepts(options.ports().postgres())).isFalse();

            devstack.startPostgres();
            assertThat(devstack.isPostgresRunning()).isTrue();
            assertThat(probeRows(devstack, "account_service")).isOne();
        }

        assertThat(Ports.isFree(options.ports().postgres())).isTrue();
        assertThat(Ports.isFree(options.ports().kafka())).isTrue();
        assertThat(WorkDirectory.leftovers(options.workDir())).isEmpty();
    }

    @Test
    void namesTheBuildCommandOfAMissingJarBeforeStartingAnything(@TempDir Path root) {
        DevstackOptions options = DevstackOptions.defaults(root).withServices("account-service", "gateway")
                .withPorts(Ports.free());

        assertThatThrownBy(() -> Devstack.start(options))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("account-service/target/account-service.jar")
                .hasMessageContaining("mvn -B -DskipTests -pl account-service -am package")
                .hasMessageContaining("mvn -B -DskipTests -pl gateway -am package");
        assertThat(Files.exists(options.workDir())).isFalse();
    }

    private static void assertServiceRoleCanCreateTablesIn(Devstack devstack, String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(devstack.jdbcUrl(database),
                devstack.databaseUser(), devstack.databasePassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (id int PRIMARY KEY)");
            statement.execute("INSERT INTO probe VALUES (1)");
            try (ResultSet result = statement.executeQuery("SELECT current_database(), version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(database);
                assertThat(result.getString(2)).startsWith("PostgreSQL 17");
            }
        }
    }

    private static int probeRows(Devstack devstack, String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(devstack.jdbcUrl(database),
                devstack.databaseUser(), devstack.databasePassword());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM probe")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void produce(String bootstrapServers, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "account-1", value)).get();
        }
    }

    /** Every record of the topic, read from the beginning of each partition without a consumer group. */
    private static List<String> consumeAll(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                if (!consumer.assignment().containsAll(partitions) || partitions.isEmpty()) {
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                assertThat(values).isNotEmpty();
            });
        }
        return values;
    }
}
