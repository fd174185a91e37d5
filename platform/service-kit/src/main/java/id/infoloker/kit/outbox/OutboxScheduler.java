package id.infoloker.kit.outbox;

import org.springframework.scheduling.annotation.Scheduled;

/** Drives the relay on a fixed delay, and purges sent rows hourly. */
class OutboxScheduler {

    private final OutboxRelay relay;

    OutboxScheduler(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${infoloker.outbox.poll-interval:100ms}")
    void relay() {
        relay.relayPending();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        relay.purgeSent();
    }
}
