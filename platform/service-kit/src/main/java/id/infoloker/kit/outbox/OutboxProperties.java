package id.infoloker.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how long the relay rests after finding nothing to send
 * @param batchSize rows locked and sent per transaction
 * @param sendTimeout how long the relay waits for the broker's acknowledgement of a batch
 * @param retention how long sent rows are kept (for inspection) before they are purged
 */
@ConfigurationProperties("infoloker.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, Duration sendTimeout, Duration retention) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(100) : pollInterval;
        batchSize = batchSize <= 0 ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        retention = retention == null ? Duration.ofDays(1) : retention;
    }
}
