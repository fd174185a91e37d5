package id.infoloker.benchmarks.surge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * End-to-end lag from the client receiving 202 to the case existing in verification-service's
 * {@code verification_case} (its {@code opened_at}, written by the consumer with the same machine's clock). Polls by
 * account_id every 250 ms; the poll interval does not add to the figure, opened_at does the timing.
 */
final class CaseWatcher implements AutoCloseable {

    /** accountId → epoch ms when the 202 arrived, for accounts whose case is not seen yet. */
    private final Map<UUID, Long> waiting = new ConcurrentHashMap<>();
    final List<Double> lagsMillis = new CopyOnWriteArrayList<>();
    final List<Long> openedAtMillis = new CopyOnWriteArrayList<>();
    private final String url;
    private final Thread thread;
    private volatile boolean running = true;

    CaseWatcher(String verificationDbUrl) {
        this.url = verificationDbUrl;
        this.thread = new Thread(this::run, "case-watcher");
        this.thread.setDaemon(true);
    }

    CaseWatcher start() {
        thread.start();
        return this;
    }

    void accepted(UUID accountId, long epochMillis) {
        waiting.put(accountId, epochMillis);
    }

    int stillWaiting() {
        return waiting.size();
    }

    private void run() {
        try (Connection db = DriverManager.getConnection(url, "infoloker", "infoloker");
             PreparedStatement query = db.prepareStatement(
                     "SELECT account_id, opened_at FROM verification_case WHERE account_id = ANY (?)")) {
            while (running) {
                if (!waiting.isEmpty()) {
                    query.setArray(1, db.createArrayOf("uuid", waiting.keySet().toArray()));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            UUID account = rows.getObject(1, UUID.class);
                            long opened = rows.getTimestamp(2).getTime();
                            Long acceptedAt = waiting.remove(account);
                            if (acceptedAt != null) {
                                lagsMillis.add((double) (opened - acceptedAt));
                                openedAtMillis.add(opened);
                            }
                        }
                    }
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("[surge] case watcher stopped: " + e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
