package id.infoloker.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker in its own JVM (main class {@link KafkaBrokerLauncher}, this JVM's class path), with
 * its data under {@code <work dir>/kafka}. Stopping and starting it again keeps the same ports and data, as a restarted
 * broker in production would.
 */
final class KafkaBroker {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final Ports ports;
    private final Path directory;
    private final Path logFile;
    private final String workDirMarker;
    private final String clusterId = Uuid.randomUuid().toString();
    private ChildProcess process;

    KafkaBroker(Ports ports, Path directory, Path logFile, Path workDir) {
        this.ports = ports;
        this.directory = directory;
        this.logFile = logFile;
        this.workDirMarker = ChildProcess.WORK_DIR_MARKER + workDir;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + ports.kafka();
    }

    Path logFile() {
        return logFile;
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker and returns once it accepts connections and answers an admin request. */
    void start() {
        ChildProcess started;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            writeConfiguration();
            started = ChildProcess.start("kafka", command(), logFile);
            process = started;
        }
        // Waiting holds no lock, so stop() (Ctrl-C during start-up) is not held up by it.
        Readiness.awaitPort(started, ports.kafka(), START_TIMEOUT);
        awaitCluster(started);
    }

    /** SIGTERM: a controlled shutdown that flushes the logs; killed if it takes longer than 30 s. */
    synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.add(workDirMarker);
        command.add("-Dlogback.configurationFile=" + directory.resolve("logback.xml"));
        command.add("-cp");
        command.add(classPath());
        command.add(KafkaBrokerLauncher.class.getName());
        command.add(serverProperties().toString());
        // Format once; a restarted broker finds its storage formatted and keeps its records.
        if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
            command.add("--format");
            command.add(clusterId);
        }
        return command;
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private Path serverProperties() {
        return directory.resolve("server.properties");
    }

    private void writeConfiguration() {
        try (InputStream logback = KafkaBroker.class.getResourceAsStream("/devstack/kafka-logback.xml")) {
            Files.createDirectories(directory);
            Files.writeString(serverProperties(),
                    new KafkaServerProperties(ports.kafka(), ports.kafkaController(), dataDirectory())
                            .render());
            Files.write(directory.resolve("logback.xml"), logback.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Kafka configuration to " + directory, e);
        }
    }

    /**
     * This JVM's class path, made absolute. Under {@code java -jar devstack-launcher.jar} that is the one jar, whose manifest
     * {@code Class-Path} brings the broker's jars; under the e2e tests it is their test class path.
     */
    static String classPath() {
        String separator = System.getProperty("path.separator");
        return Stream.of(System.getProperty("java.class.path").split(separator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(separator));
    }

    /** An open port is not enough: the broker must have joined its own cluster and answer metadata requests. */
    private void awaitCluster(ChildProcess started) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            Readiness.await(started, START_TIMEOUT, () -> hasNodes(admin), "describeCluster found no broker");
        }
    }

    private static boolean hasNodes(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while waiting for Kafka", e);
        }
    }
}
