package id.infoloker.kit.outbox;

import id.infoloker.kit.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Drives the relay on a fixed delay, and purges sent rows hourly. */
class OutboxScheduler {

    private static final Logger log = LoggerFactory.getLogger(OutboxScheduler.class);

    private final OutboxRelay relay;

    OutboxScheduler(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${infoloker.outbox.poll-interval:100ms}")
    void relay() {
        unlessTheDatabaseIsAway("relay", relay::relayPending);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        unlessTheDatabaseIsAway("purge", relay::purgeSent);
    }

    /** Nothing was marked sent or deleted: the rows wait for the next run after the database is back. */
    private static void unlessTheDatabaseIsAway(String task, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            log.warn("Outbox {} paused: database unavailable (SQLState {})", task,
                    DatabaseOutage.sqlStateOf(e).orElse("none"));
        }
    }
}
