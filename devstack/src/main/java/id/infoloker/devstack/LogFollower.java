package id.infoloker.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code --follow}: copies new lines of every log file to the console, prefixed with their source, like
 * {@code docker compose up}. It tails the files rather than the processes' pipes, so the files stay the one record
 * and following costs the children nothing.
 */
final class LogFollower implements AutoCloseable {

    private static final long POLL_MILLIS = 200;

    private final Map<Path, Tail> tails = new ConcurrentHashMap<>();
    private final Thread thread = new Thread(this::run, "devstack-log-follower");
    private volatile boolean running = true;

    LogFollower() {
        thread.setDaemon(true);
        thread.start();
    }

    void follow(String source, Path logFile) {
        tails.putIfAbsent(logFile, new Tail(source, logFile));
    }

    private void run() {
        while (running) {
            tails.values().forEach(Tail::printNewLines);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        tails.values().forEach(Tail::printNewLines);
    }

    private static final class Tail {
        private final String prefix;
        private final Path file;
        private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
        private long position;

        Tail(String source, Path file) {
            this.prefix = "[" + source + "] ";
            this.file = file;
        }

        synchronized void printNewLines() {
            if (!Files.exists(file)) {
                return;
            }
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                in.seek(position);
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    position += read;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            System.out.println(prefix + partialLine.toString(StandardCharsets.UTF_8));
                            partialLine.reset();
                        } else {
                            partialLine.write(buffer[i]);
                        }
                    }
                }
            } catch (IOException e) {
                // The file may be rotating or gone with the work dir; the next poll tries again.
            }
        }
    }
}
