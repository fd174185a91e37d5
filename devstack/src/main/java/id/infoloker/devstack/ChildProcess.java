package id.infoloker.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process the devstack started, its stdout and stderr appended to one log file. The file, not a pipe, keeps the
 * output: a child never blocks on a full pipe, and its log survives restarts.
 */
final class ChildProcess {

    /** Found in every child JVM's command line, so a later run can find what an abruptly ended run left behind. */
    static final String WORK_DIR_MARKER = "-Ddevstack.workdir=";

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command}. Where {@code setsid} exists the child gets its own session: Ctrl-C in the terminal then
     * reaches only the devstack, which stops the children in order instead of all at once.
     */
    static ChildProcess start(String name, List<String> command, Path logFile) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new DevstackException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The java executable of this JVM, so every child runs on the same Java version. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    Path logFile() {
        return logFile;
    }

    /** SIGTERM, so the child shuts down gracefully; SIGKILL if it is still running after {@code grace}. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(grace)) {
            Console.print(name + " did not stop within " + grace.toSeconds() + " s; killing it");
            kill();
        }
    }

    /** SIGKILL: the child gets no chance to clean up, like a crash or an OOM kill. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last {@code lines} lines of the log, to show why a child failed. */
    String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log at " + file + ")";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
