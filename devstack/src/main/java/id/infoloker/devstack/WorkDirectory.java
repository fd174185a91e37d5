package id.infoloker.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The devstack's scratch directory: PostgreSQL's and Kafka's data, the JWT key, {@code logs/}. Every start begins from
 * an empty one, so a run never sees the data of an earlier one.
 */
final class WorkDirectory {

    /** Only a directory holding this file is ever wiped: a mistyped path must not delete someone's files. */
    static final String MARKER_FILE = ".devstack-work-dir";
    /** Pid and start time of the JVM running a devstack in this directory, while it runs. */
    static final String OWNER_FILE = "owner";

    private WorkDirectory() {
    }

    /**
     * Refuses a directory a running devstack uses (bin/devstack and the e2e tests must not wipe each other's data),
     * ends what an earlier, abruptly ended run left running here, empties {@code directory} and claims it for this
     * JVM until {@link #release(Path)}.
     */
    static void prepare(Path directory) {
        runningOwner(directory).ifPresent(owner -> {
            throw new DevstackException("The work dir " + directory + " belongs to a devstack that is still running"
                    + " (pid " + owner.pid() + "). Stop it first, or use another work dir (--work-dir) and ports"
                    + " (--port-offset).");
        });
        stopLeftovers(directory);
        wipe(directory);
        try {
            Files.createDirectories(directory.resolve("logs"));
            Files.writeString(directory.resolve(MARKER_FILE),
                    "Created by the Infoloker devstack; wiped on every start.\n");
            Files.writeString(directory.resolve(OWNER_FILE), ownerLine(ProcessHandle.current()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the work dir " + directory, e);
        }
    }

    /** The devstack that claimed {@code directory} has stopped everything it started there. */
    static void release(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(OWNER_FILE));
        } catch (IOException e) {
            // A stale owner file names a dead process: the next start ignores it.
        }
    }

    /** The owner's pid with its start time, so a recycled pid is not mistaken for the owner. */
    static Optional<ProcessHandle> runningOwner(Path directory) {
        Path ownerFile = directory.resolve(OWNER_FILE);
        if (!Files.exists(ownerFile)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(ownerFile).trim();
            long pid = Long.parseLong(line.split(" ", 2)[0]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> ownerLine(process).trim().equals(line));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String ownerLine(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?") + "\n";
    }

    static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.exists(directory.resolve(MARKER_FILE)) && !isEmpty(directory)) {
            throw new DevstackException("The work dir " + directory + " exists but was not made by the devstack"
                    + " (no " + MARKER_FILE + "); remove it or choose another one.");
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new DevstackException("Could not wipe the work dir " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * A run ended by SIGKILL leaves its children running and holding the ports. They are recognised by the work dir in
     * their command line: the JVMs carry {@link ChildProcess#WORK_DIR_MARKER}, PostgreSQL its data directory.
     */
    static void stopLeftovers(Path directory) {
        List<ProcessHandle> leftovers = leftovers(directory);
        if (leftovers.isEmpty()) {
            return;
        }
        Console.print("Stopping " + leftovers.size() + " process(es) an earlier run left running in " + directory);
        leftovers.forEach(ProcessHandle::destroy);
        for (ProcessHandle leftover : leftovers) {
            try {
                leftover.onExit().get(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                leftover.destroyForcibly();
            }
        }
    }

    static List<ProcessHandle> leftovers(Path directory) {
        String jvmMarker = ChildProcess.WORK_DIR_MARKER + directory;
        String postgresData = directory.resolve("postgres").toString();
        Set<Long> ownLine = ownAncestry();
        return ProcessHandle.allProcesses()
                .filter(process -> !ownLine.contains(process.pid()))
                .filter(process -> arguments(process).map(arguments -> arguments.contains(jvmMarker)
                        || isPostgresOf(process, arguments, postgresData)).orElse(false))
                .toList();
    }

    private static boolean isPostgresOf(ProcessHandle process, List<String> arguments, String dataDirectory) {
        boolean postgres = process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
        return postgres && arguments.stream().anyMatch(argument -> argument.startsWith(dataDirectory));
    }

    private static Optional<List<String>> arguments(ProcessHandle process) {
        return process.info().arguments().map(List::of);
    }

    private static Set<Long> ownAncestry() {
        Set<Long> pids = new HashSet<>();
        Optional<ProcessHandle> current = Optional.of(ProcessHandle.current());
        while (current.isPresent()) {
            pids.add(current.get().pid());
            current = current.get().parent();
        }
        return pids;
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
