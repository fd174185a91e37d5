package id.infoloker.benchmarks.surge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Every second: consumer lag of group verification-service on account.registered.v1 (end offsets − committed
 * offsets, summed over partitions), and account-service's unsent outbox rows (events not yet handed to Kafka): the
 * two queues a registration passes through before its case exists.
 */
final class LagSampler implements AutoCloseable {

    static final String TOPIC = "account.registered.v1";
    static final String GROUP = "verification-service";

    record Sample(long epochMillis, long consumerLag, long outboxUnsent) {
    }

    final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Admin admin;
    private final String accountDb;
    private final Thread thread;
    private volatile boolean running = true;

    LagSampler(String bootstrapServers, String accountDbUrl) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        this.admin = Admin.create(config);
        this.accountDb = accountDbUrl;
        this.thread = new Thread(this::run, "lag-sampler");
        this.thread.setDaemon(true);
    }

    LagSampler start() {
        thread.start();
        return this;
    }

    private void run() {
        try (Connection db = DriverManager.getConnection(accountDb, "infoloker", "infoloker")) {
            while (running) {
                long started = System.currentTimeMillis();
                try {
                    samples.add(new Sample(started, consumerLag(), outboxUnsent(db)));
                } catch (Exception e) {
                    System.out.println("[surge] lag sample failed: " + e);
                }
                Thread.sleep(Math.max(0, 1000 - (System.currentTimeMillis() - started)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("[surge] lag sampler stopped: " + e);
        }
    }

    long consumerLag() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
                .partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            lag += ends.getOrDefault(partition, 0L) - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    private static long outboxUnsent(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND topic = '" + TOPIC + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
        admin.close();
    }
}
