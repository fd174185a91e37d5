package id.infoloker.devstack;

import java.time.Duration;
import java.util.Locale;

/** Progress lines for the person (or the test log) watching the devstack start. */
final class Console {

    private Console() {
    }

    static synchronized void print(String message) {
        System.out.println("[devstack] " + message);
    }

    /** Seconds with one decimal, e.g. {@code 7.3 s}. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String secondsSince(long startNanos) {
        return seconds(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
