package id.infoloker.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads everything the platform holds, as an auditor would: every row of every table of every service's database
 * (each row as PostgreSQL's text form of the whole row, so no column is missed) and every record of every topic,
 * {@code .dlt} included (key, value and headers, from offset 0 to the end).
 */
final class PersonalDataScan {

    static final List<String> DATABASES = List.of("account_service", "verification_service", "notification_service",
            "vacancy_service");

    /** A place where a value was found: database.table or topic, and the value. */
    record Hit(String where, String value) {
    }

    /** Rows of every table in every database whose text contains any of {@code values} (case-insensitive). */
    static List<Hit> databases(Collection<String> values) {
        List<Hit> hits = new ArrayList<>();
        for (String database : DATABASES) {
            for (Map.Entry<String, List<String>> table : rowsOf(database).entrySet()) {
                for (String row : table.getValue()) {
                    String lower = row.toLowerCase(Locale.ROOT);
                    for (String value : values) {
                        if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                            hits.add(new Hit(database + "." + table.getKey(), value));
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Every table's rows as text, per table, in one database. */
    static Map<String, List<String>> rowsOf(String database) {
        return rowsOf(database, "t::text");
    }

    /** Every table's rows as PostgreSQL's JSON of the row ({@code to_jsonb}), per table, in one database. */
    static Map<String, List<String>> jsonRowsOf(String database) {
        return rowsOf(database, "to_jsonb(t)::text");
    }

    /** Every table's rows as {@code expression} of the row {@code t} gives them, per table, in one database. */
    private static Map<String, List<String>> rowsOf(String database, String expression) {
        var devstack = RunningPlatform.get();
        Map<String, List<String>> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(devstack.jdbcUrl(database),
                devstack.databaseUser(), devstack.databasePassword());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("""
                    SELECT table_schema || '.' || table_name FROM information_schema.tables
                    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                List<String> texts = new ArrayList<>();
                try (ResultSet found = statement.executeQuery("SELECT " + expression + " FROM " + table + " t")) {
                    while (found.next()) {
                        texts.add(found.getString(1));
                    }
                }
                rows.put(table, texts);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /**
     * Whether the export bundle shows this row: its {@code id} is in the bundle, or else every text value of it
     * (times aside, which the services format differently; secrets aside, which are never exported) is.
     */
    static boolean isRepresentedIn(String jsonRow, Set<String> bundle) {
        tools.jackson.databind.JsonNode row = Api.JSON.readTree(jsonRow);
        if (row.has("id") && bundle.contains(row.get("id").asString())) {
            return true;
        }
        for (var field : row.properties()) {
            String name = field.getKey();
            tools.jackson.databind.JsonNode value = field.getValue();
            if (!value.isString() || name.equals("id") || name.endsWith("password_hash") || name.equals("search")) {
                continue;
            }
            String text = value.asString();
            if (text.isEmpty() || text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                continue;
            }
            if (!bundle.contains(text)) {
                return false;
            }
        }
        return true;
    }

    /** Every text value anywhere in a JSON document (ids, names, codes). */
    static Set<String> textValuesOf(String json) {
        Set<String> values = new java.util.HashSet<>();
        collect(Api.JSON.readTree(json), values);
        return values;
    }

    private static void collect(tools.jackson.databind.JsonNode node, Set<String> values) {
        if (node.isString()) {
            values.add(node.asString());
        } else if (node.isContainer()) {
            node.forEach(child -> collect(child, values));
        }
    }

    /** Records of every topic (the broker's own excepted) that contain any of {@code values}, readable as text. */
    static List<Hit> topics(Collection<String> values) {
        List<Hit> hits = new ArrayList<>();
        String bootstrap = RunningPlatform.get().kafkaBootstrapServers();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Set<String> topics;
        try (Admin admin = Admin.create(config)) {
            topics = admin.listTopics().names().get().stream().filter(name -> !name.startsWith("__"))
                    .collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics not read to their end within 60 s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder();
                    append(text, record.key());
                    append(text, record.value());
                    for (Header header : record.headers()) {
                        text.append(' ').append(header.key()).append('=');
                        append(text, header.value());
                    }
                    String lower = text.toString().toLowerCase(Locale.ROOT);
                    for (String value : values) {
                        if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                            hits.add(new Hit(record.topic() + "@" + record.partition() + ":" + record.offset(),
                                    value));
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static void append(StringBuilder text, byte[] bytes) {
        if (bytes != null) {
            text.append(' ').append(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private PersonalDataScan() {
    }
}
