package id.infoloker.benchmarks.drills;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or the bound passes; a drill then reports what it saw instead of hanging. */
final class Poll {

    /** Milliseconds until the condition held, or -1 if it did not within {@code atMost}. */
    static long until(BooleanSupplier condition, Duration atMost, Duration interval) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            Thread.sleep(interval.toMillis());
        }
        return condition.getAsBoolean() ? Duration.ofNanos(System.nanoTime() - start).toMillis() : -1;
    }

    /** Sleeps until the given wall-clock time (epoch ms); drills use it to keep their phases on schedule. */
    static void sleepUntil(long epochMillis) throws InterruptedException {
        long left = epochMillis - System.currentTimeMillis();
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    private Poll() {
    }
}
