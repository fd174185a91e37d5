package id.infoloker.kit.security.revocation;

import id.infoloker.events.AccessRevoked;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.support.Acknowledgment;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds {@link RevokedAccess} from {@code account.access-revoked.v1} and from {@code account.status-changed.v1}
 * (SUSPENDED and ERASED revoke every token issued before the change). Every instance reads both topics in full with
 * a consumer group of its own, starting one access-token lifetime back: nothing older can concern a valid token. It
 * never acknowledges, so nothing is committed and the group leaves nothing behind. A record it cannot read is logged
 * (topic, partition, offset; never the payload) and skipped: this is a cache, and every instance would dead-letter it.
 */
class RevocationFeed extends AbstractConsumerSeekAware implements AcknowledgingMessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(RevocationFeed.class);

    private final RevokedAccess revoked;
    private final JsonMapper json;
    private final Duration lookBack;
    private final Clock clock;

    RevocationFeed(RevokedAccess revoked, JsonMapper json, Duration lookBack, Clock clock) {
        this.revoked = revoked;
        this.json = json;
        this.lookBack = lookBack;
        this.clock = clock;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        callback.seekToTimestamp(assignments.keySet(), clock.millis() - lookBack.toMillis());
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
        try {
            switch (record.topic()) {
                case Topics.ACCESS_REVOKED -> apply(json.readValue(record.value(), AccessRevoked.class));
                case Topics.ACCOUNT_STATUS_CHANGED -> apply(json.readValue(record.value(), AccountStatusChanged.class));
                default -> { }
            }
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            log.warn("Skipping unreadable revocation record {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.getClass().getName());
        }
    }

    private void apply(AccessRevoked revocation) {
        if (revocation.accountId() == null || revocation.revokedBefore() == null) {
            throw new IllegalArgumentException("revocation without account or instant");
        }
        if (revocation.sessionId() == null) {
            revoked.revokeAllBefore(revocation.accountId(), revocation.revokedBefore());
        } else {
            revoked.revokeSession(revocation.sessionId(), revocation.revokedBefore());
        }
    }

    private void apply(AccountStatusChanged change) {
        if (change.status() == AccountStatus.SUSPENDED || change.status() == AccountStatus.ERASED) {
            if (change.accountId() == null || change.changedAt() == null) {
                throw new IllegalArgumentException("status change without account or instant");
            }
            revoked.revokeAllBefore(change.accountId(), change.changedAt());
        }
    }
}
