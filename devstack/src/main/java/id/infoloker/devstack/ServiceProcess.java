package id.infoloker.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** One service's JVM: started, awaited until ready, stopped, killed and started again on the same port. */
final class ServiceProcess {

    /** Graceful shutdown ({@code server.shutdown=graceful}) gets this long before SIGKILL. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final PlatformService service;
    private final List<String> command;
    private final Path logFile;
    private final URI readiness;
    private final Duration readinessTimeout;
    private ChildProcess process;
    /** Set before the devstack ends the current process itself, so its exit is not reported as unexpected. */
    private AtomicBoolean ending = new AtomicBoolean();

    ServiceProcess(PlatformService service, List<String> command, Path logFile, int managementPort,
                   Duration readinessTimeout) {
        this.service = service;
        this.command = List.copyOf(command);
        this.logFile = logFile;
        this.readiness = URI.create(ServiceCommandLine.url(managementPort) + "/actuator/health/readiness");
        this.readinessTimeout = readinessTimeout;
    }

    String name() {
        return service.moduleName();
    }

    Path logFile() {
        return logFile;
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the JVM and returns when its readiness probe answers 200; does nothing if it is running. The wait holds
     * no lock, so {@link #stop()} (Ctrl-C during start-up) is not held up by it.
     */
    void start() {
        long startNanos = System.nanoTime();
        ChildProcess started;
        synchronized (this) {
            if (isRunning()) {
                return;
            }
            AtomicBoolean endedByDevstack = new AtomicBoolean();
            started = ChildProcess.start(name(), command, logFile);
            started.process().onExit().thenAccept(exited -> {
                if (!endedByDevstack.get()) {
                    Console.print(name() + " exited with code " + exited.exitValue() + "; see " + logFile);
                }
            });
            process = started;
            ending = endedByDevstack;
        }
        try {
            Readiness.awaitHttpOk(started, readiness, readinessTimeout);
        } catch (DevstackException e) {
            kill();
            throw e;
        }
        Console.print(name() + " ready in " + Console.secondsSince(startNanos) + " (pid " + started.pid() + ")");
    }

    /** SIGTERM, then SIGKILL after {@link #STOP_GRACE}. */
    synchronized void stop() {
        if (process != null) {
            ending.set(true);
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    /** SIGKILL at once: a crash as far as Kafka, PostgreSQL and the other services can tell. */
    synchronized void kill() {
        if (process != null) {
            ending.set(true);
            process.kill();
            process = null;
        }
    }
}
