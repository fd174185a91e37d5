package id.infoloker.benchmarks.drills;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a sampling task at a fixed interval in the background until closed; a failing sample is skipped. */
final class Sampler implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    static Sampler every(Duration interval, Runnable sample) {
        Sampler sampler = new Sampler();
        sampler.scheduler.scheduleWithFixedDelay(() -> {
            try {
                sample.run();
            } catch (RuntimeException e) {
                // A sample taken while the part it reads is down: the next one will do.
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
