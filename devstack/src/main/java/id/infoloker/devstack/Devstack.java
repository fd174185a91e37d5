package id.infoloker.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The whole platform on one machine, no Docker: one embedded PostgreSQL, one real Kafka broker in its own JVM, and
 * each service in its own JVM from its Boot jar. {@code bin/devstack} runs it through {@link DevstackMain}; the e2e
 * tests start it themselves and use the handle to reach it and to stop, kill and restart its parts.
 *
 * <pre>{@code
 * try (Devstack devstack = Devstack.start(DevstackOptions.defaults(root).withPorts(Ports.free()))) {
 *     String gateway = devstack.gatewayUrl();
 *     devstack.stopKafka();  ...  devstack.startKafka();
 * }
 * }</pre>
 */
public final class Devstack implements AutoCloseable {

    /** Every service database, created whichever services run, so any one can be started later. */
    static final List<String> DATABASES = Arrays.stream(PlatformService.values())
            .flatMap(service -> service.database().stream())
            .toList();

    private final DevstackOptions options;
    private final JwtSigningKey jwtKey;
    private final KafkaBroker kafka;
    private final Map<PlatformService, ServiceProcess> services = new EnumMap<>(PlatformService.class);
    private final LogFollower follower;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "devstack");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread shutdownHook = new Thread(this::close, "devstack-shutdown");
    private final Object closeLock = new Object();
    private volatile PostgresServer postgres;
    private volatile MailServer mail;
    private volatile boolean closed;
    private volatile Duration startupTime = Duration.ZERO;

    private Devstack(DevstackOptions options) {
        this.options = options;
        this.jwtKey = JwtSigningKey.generate(options.workDir(), Instant.now());
        PrivacySecrets privacySecrets = PrivacySecrets.generate();
        this.kafka = new KafkaBroker(options.ports(), options.workDir().resolve("kafka"), logFile("kafka"),
                options.workDir());
        for (PlatformService service : PlatformService.values()) {
            services.put(service, new ServiceProcess(service,
                    ServiceCommandLine.of(service, options, jwtKey, privacySecrets),
                    logFile(service.moduleName()), service.managementPort(options.ports()),
                    options.readinessTimeout()));
        }
        this.follower = options.follow() ? new LogFollower() : null;
        // A test JVM that ends without close() must not leave six JVMs and a database running.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Wipes the work dir, starts PostgreSQL and Kafka (in parallel), then account-service, then the other selected
     * services in parallel, and returns when every one is ready. If anything fails, everything started is stopped and
     * the exception says why (with the tail of the failing process's log).
     */
    public static Devstack start(DevstackOptions options) {
        long startNanos = System.nanoTime();
        requireJars(options, options.services().stream().toList());
        WorkDirectory.prepare(options.workDir());
        Devstack devstack;
        try {
            requireFreePorts(options);
            devstack = new Devstack(options);
        } catch (RuntimeException e) {
            WorkDirectory.release(options.workDir());
            throw e;
        }
        try {
            devstack.startInfrastructure();
            devstack.startServices();
        } catch (RuntimeException e) {
            devstack.close();
            throw e;
        }
        devstack.startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
        return devstack;
    }

    public DevstackOptions options() {
        return options;
    }

    /** E.g. {@code http://localhost:8080}. */
    public String gatewayUrl() {
        return ServiceCommandLine.url(options.ports().gateway());
    }

    /** The public portal (web's pages), as people reach it: through the gateway, e.g. {@code http://localhost:8080/}. */
    public String portalUrl() {
        return gatewayUrl() + "/";
    }

    /** The verification console staff sign in to, through the gateway (verification-service serves it). */
    public String consoleUrl() {
        return gatewayUrl() + "/console";
    }

    /** A service's own URL, bypassing the gateway, e.g. {@code serviceUrl("account-service")}. */
    public String serviceUrl(String service) {
        return ServiceCommandLine.url(PlatformService.byName(service).port(options.ports()));
    }

    /** E.g. {@code 127.0.0.1:19092}. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** E.g. {@code jdbcUrl("account_service")}; connect as {@link #databaseUser()}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + options.ports().postgres() + "/" + database;
    }

    public String databaseUser() {
        return PostgresServer.USER;
    }

    public String databasePassword() {
        return PostgresServer.PASSWORD;
    }

    public StaffCredentials staff() {
        return options.staff();
    }

    public JwtSigningKey jwtSigningKey() {
        return jwtKey;
    }

    public Path workDir() {
        return options.workDir();
    }

    /** {@code <work dir>/logs/<name>.log}; names are the module names, {@code kafka} and {@code postgres}. */
    public Path logFile(String name) {
        boolean infrastructure = name.equals("kafka") || name.equals("postgres");
        String file = infrastructure ? name : PlatformService.byName(name).moduleName();
        return options.workDir().resolve("logs").resolve(file + ".log");
    }

    /** From the call of {@link #start} until every service was ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the broker gracefully; producers and consumers in the services keep retrying until it is back. */
    public void stopKafka() {
        long startNanos = System.nanoTime();
        kafka.stop();
        Console.print("Kafka stopped in " + Console.secondsSince(startNanos));
    }

    /** Starts the broker again on the same ports with the same data: records written before the stop are kept. */
    public void startKafka() {
        long startNanos = System.nanoTime();
        kafka.start();
        Console.print("Kafka ready in " + Console.secondsSince(startNanos) + " (" + kafka.bootstrapServers() + ")");
    }

    /** Every e-mail the services sent so far (notification-service's), oldest first. */
    public List<MailServer.SentMail> sentMail() {
        return mail == null ? List.of() : mail.received();
    }

    public boolean isKafkaRunning() {
        return kafka.isRunning();
    }

    /**
     * Stops PostgreSQL (every service's database) with a fast shutdown, keeping its data: sessions end at once and
     * the services' pools find no server until {@link #startPostgres()}.
     */
    public void stopPostgres() {
        long startNanos = System.nanoTime();
        postgres.stop();
        Console.print("PostgreSQL stopped in " + Console.secondsSince(startNanos));
    }

    /** Starts PostgreSQL again on the same port with the same data; the services reconnect by themselves. */
    public void startPostgres() {
        long startNanos = System.nanoTime();
        postgres.restart();
        Console.print("PostgreSQL ready in " + Console.secondsSince(startNanos) + " (port " + postgres.port() + ")");
    }

    public boolean isPostgresRunning() {
        return postgres.isRunning();
    }

    /** SIGTERM (graceful shutdown), SIGKILL after 10 s. */
    public void stopService(String service) {
        serviceProcess(service).stop();
    }

    /** Starts the service (again) on its port and returns when it is ready; also one not selected at start. */
    public void startService(String service) {
        PlatformService platformService = PlatformService.byName(service);
        requireJars(options, List.of(platformService));
        follow(platformService);
        services.get(platformService).start();
    }

    /** SIGKILL ({@code Process.destroyForcibly}): no graceful shutdown, like a crash. */
    public void killService(String service) {
        serviceProcess(service).kill();
    }

    public boolean isServiceRunning(String service) {
        return serviceProcess(service).isRunning();
    }

    /** Stops the services (in parallel), then the broker, then PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        long startNanos = System.nanoTime();
        Console.print("Stopping...");
        inParallel(services.values().stream().<Runnable>map(service -> service::stop).toList());
        kafka.stop();
        MailServer mailServer = mail;
        if (mailServer != null) {
            mailServer.close();
        }
        PostgresServer database = postgres;
        if (database != null) {
            database.close();
        }
        if (follower != null) {
            follower.close();
        }
        executor.shutdownNow();
        WorkDirectory.release(options.workDir());
        removeShutdownHook();
        Console.print("Stopped in " + Console.secondsSince(startNanos));
    }

    private void startInfrastructure() {
        Console.print("Work dir " + options.workDir() + ", logs in " + options.workDir().resolve("logs"));
        if (follower != null) {
            follower.follow("postgres", logFile("postgres"));
            follower.follow("kafka", logFile("kafka"));
        }
        inParallel(List.of(this::startFreshPostgres, this::startKafka, this::startMail));
    }

    private void startMail() {
        mail = MailServer.start(options.ports().smtp(), options.ports().imap());
        Console.print("SMTP ready (port " + options.ports().smtp() + "; read the mail over IMAP on port "
                + options.ports().imap() + ")");
    }

    private void startFreshPostgres() {
        long startNanos = System.nanoTime();
        PostgresServer started = PostgresServer.start(options.ports().postgres(),
                options.workDir().resolve("postgres").resolve("data"), logFile("postgres"));
        postgres = started;
        if (closed) {
            // close() ran while PostgreSQL was starting and did not see it.
            started.close();
            throw new DevstackException("The devstack was closed while PostgreSQL was starting");
        }
        started.createDatabases(DATABASES);
        Console.print("PostgreSQL ready in " + Console.secondsSince(startNanos) + " (port " + started.port()
                + ", databases " + String.join(", ", DATABASES) + ")");
    }

    /** account-service first: it owns the JWT key every other service fetches; then the rest together. */
    private void startServices() {
        if (options.services().contains(PlatformService.ACCOUNT)) {
            startSelected(PlatformService.ACCOUNT);
        }
        List<Runnable> others = options.services().stream()
                .filter(service -> service != PlatformService.ACCOUNT && service != PlatformService.GATEWAY)
                .<Runnable>map(service -> () -> startSelected(service))
                .toList();
        inParallel(others);
        // Last, once every service it routes to is ready: requests a newcomer sends the moment the gateway answers
        // must not meet refused connections (they used to fill its breakers' windows with failures from start-up).
        if (options.services().contains(PlatformService.GATEWAY)) {
            startSelected(PlatformService.GATEWAY);
        }
    }

    private void startSelected(PlatformService service) {
        follow(service);
        Console.print("Starting " + service.moduleName() + " on port " + service.port(options.ports()));
        services.get(service).start();
    }

    private void follow(PlatformService service) {
        if (follower != null) {
            follower.follow(service.moduleName(), logFile(service.moduleName()));
        }
    }

    /** Runs the tasks together; the first failure is thrown at once, without waiting for the others. */
    private void inParallel(List<Runnable> tasks) {
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        for (Runnable task : tasks) {
            CompletableFuture<Void> future = CompletableFuture.runAsync(task, executor);
            future.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
            futures.add(future);
        }
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)), firstFailure)
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new DevstackException(e.getCause().getMessage(), e.getCause());
        }
    }

    private ServiceProcess serviceProcess(String service) {
        return services.get(PlatformService.byName(service));
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (this very hook may be running): nothing to remove.
        }
    }

    private static void requireJars(DevstackOptions options, List<PlatformService> wanted) {
        List<PlatformService> missing = wanted.stream()
                .filter(service -> !Files.isRegularFile(service.jar(options.repositoryRoot())))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String lines = missing.stream()
                .map(service -> "  " + service.jar(options.repositoryRoot()) + System.lineSeparator()
                        + "    build it with: " + service.buildCommand())
                .collect(Collectors.joining(System.lineSeparator()));
        throw new DevstackException("Missing service jar(s):" + System.lineSeparator() + lines
                + System.lineSeparator() + "Run these from " + options.repositoryRoot()
                + ", or build everything with: mvn -B -DskipTests package (bin/devstack does, unless --no-build)");
    }

    private static void requireFreePorts(DevstackOptions options) {
        Ports ports = options.ports();
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(ports.postgres(), "PostgreSQL");
        wanted.put(ports.kafka(), "Kafka");
        wanted.put(ports.kafkaController(), "Kafka controller");
        wanted.put(ports.smtp(), "SMTP");
        wanted.put(ports.imap(), "IMAP");
        for (PlatformService service : options.services()) {
            wanted.put(service.port(ports), service.moduleName());
            wanted.put(service.managementPort(ports), service.moduleName() + " management");
        }
        String taken = wanted.entrySet().stream()
                .filter(entry -> !Ports.isFree(entry.getKey()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
        if (!taken.isEmpty()) {
            throw new DevstackException("Port(s) already in use: " + taken
                    + ". Stop what uses them, or start with --port-offset <n> (e.g. 100).");
        }
    }
}
