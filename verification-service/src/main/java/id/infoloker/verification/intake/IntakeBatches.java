package id.infoloker.verification.intake;

import id.infoloker.kit.inbox.Inbox;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a polled batch of events in one transaction: each record still goes through the inbox (its event id
 * recorded with its effect, so a redelivery has no second effect), but the batch shares one commit instead of paying
 * one per event — the intake's cost was the commits. If anything in the batch fails, the batch's transaction rolls
 * back as a whole and the records are applied again one transaction each; the first that fails there is handed to the
 * error handler by index (records before it are committed, it is retried and then dead-lettered, the rest are
 * delivered again). So a poison record costs its batch one replay, never an event.
 */
@Component
class IntakeBatches {

    private static final Logger log = LoggerFactory.getLogger(IntakeBatches.class);

    private final Inbox inbox;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    IntakeBatches(Inbox inbox, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    <T> void apply(List<ConsumerRecord<String, String>> records, Class<T> type, Consumer<T> effect) {
        apply(records, type, events -> events.forEach(effect), effect);
    }

    /**
     * Like {@link #apply(List, Class, Consumer)} with an effect that takes the batch's new events at once
     * ({@code batchEffect}, set-based); {@code effect} applies one event when the batch is replayed record by record.
     */
    <T> void apply(List<ConsumerRecord<String, String>> records, Class<T> type, Consumer<List<T>> batchEffect,
                   Consumer<T> effect) {
        if (records.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                lockAccountsInOrder(records);
                inbox.handleAll(records, type, batchEffect);
            });
        } catch (RuntimeException batchFailed) {
            log.info("A batch of {} records on {} failed ({}); applying them one by one", records.size(),
                    records.get(0).topic(), batchFailed.getClass().getSimpleName());
            oneByOne(records, type, effect);
        }
    }

    private <T> void oneByOne(List<ConsumerRecord<String, String>> records, Class<T> type, Consumer<T> effect) {
        for (int i = 0; i < records.size(); i++) {
            try {
                inbox.handle(records.get(i), type, effect);
            } catch (RuntimeException failed) {
                throw new BatchListenerFailedException("Record " + i + " of the batch failed", failed, i);
            }
        }
    }

    /**
     * Registrations and documents of one account are serialised with an advisory lock per account (see
     * {@link CaseIntake}). A batch holds its locks until it commits, so the two topics' batches take them in one
     * order, up front, and never wait on each other in a cycle. Records are keyed by account id.
     */
    private void lockAccountsInOrder(List<ConsumerRecord<String, String>> records) {
        Long[] keys = records.stream().map(ConsumerRecord::key).filter(key -> key != null).distinct()
                .map(IntakeBatches::accountOrNull).filter(id -> id != null)
                .map(CaseIntake::lockKeyOf).sorted().distinct().toArray(Long[]::new);
        if (keys.length > 0) {
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS k ORDER BY k");
                statement.setArray(1, connection.createArrayOf("bigint", keys));
                return statement;
            }, rs -> { });
        }
    }

    private static UUID accountOrNull(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }
}
