package id.infoloker.benchmarks.surge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One verifier through the gateway: claim-next, then approve the claimed case; latency of each call in ms.
 * Paced (a pause between rounds) so the prepared cases last for the whole surge.
 */
final class Staff {

    final List<Double> claims = new CopyOnWriteArrayList<>();
    final List<Double> decisions = new CopyOnWriteArrayList<>();
    final AtomicInteger empty = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    private final Gateway gateway;
    private final String token;

    Staff(Gateway gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** One claim + decision; false when nothing was claimable. */
    boolean round() {
        try {
            long start = System.nanoTime();
            Gateway.Response claimed = gateway.post("/api/verification/cases/claim-next", "", token);
            long claimedAt = System.nanoTime();
            if (claimed.status() == 204) {
                empty.incrementAndGet();
                return false;
            }
            if (claimed.status() != 200) {
                errors.incrementAndGet();
                return false;
            }
            Gateway.Response decided = gateway.post("/api/verification/cases/" + claimed.field("id") + "/decision",
                    "{\"outcome\":\"APPROVED\"}", token);
            long decidedAt = System.nanoTime();
            if (decided.status() < 200 || decided.status() > 204) {
                errors.incrementAndGet();
                return false;
            }
            claims.add((claimedAt - start) / 1e6);
            decisions.add((decidedAt - claimedAt) / 1e6);
            return true;
        } catch (Exception e) {
            errors.incrementAndGet();
            return false;
        }
    }

    Thread loop(AtomicBoolean running, long pauseMillis) {
        Thread thread = new Thread(() -> {
            while (running.get()) {
                round();
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "verifier");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
