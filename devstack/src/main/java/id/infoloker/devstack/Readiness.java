package id.infoloker.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a child to become ready, and fails fast with its log's tail when it dies instead. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int TAIL_LINES = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** Until {@code GET uri} answers 200 (Spring Boot's readiness group: the database and Kafka are reachable). */
    static void awaitHttpOk(ChildProcess child, URI uri, Duration timeout) {
        await(child, timeout, () -> httpOk(uri), "GET " + uri + " did not answer 200");
    }

    /** Until something accepts connections on {@code port}. */
    static void awaitPort(ChildProcess child, int port, Duration timeout) {
        await(child, timeout, () -> accepts(port), "nothing accepted connections on port " + port);
    }

    static void await(ChildProcess child, Duration timeout, BooleanSupplier ready, String notReadyReason) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new DevstackException(child.name() + " exited with code " + child.process().exitValue()
                        + " while starting. Last lines of " + child.logFile() + ":" + System.lineSeparator()
                        + child.logTail(TAIL_LINES));
            }
            if (System.nanoTime() > deadline) {
                throw new DevstackException(child.name() + " was not ready after " + Console.seconds(timeout) + " ("
                        + notReadyReason + "). Last lines of " + child.logFile() + ":" + System.lineSeparator()
                        + child.logTail(TAIL_LINES));
            }
            pause();
        }
    }

    static boolean httpOk(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while waiting for " + uri, e);
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while waiting for a child process to become ready", e);
        }
    }
}
