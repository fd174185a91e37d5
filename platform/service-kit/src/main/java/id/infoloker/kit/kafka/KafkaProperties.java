package id.infoloker.kit.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param partitions partitions of each topic and its dead-letter topic when the service creates them
 * @param replicas replication factor of created topics
 * @param createTopics false where topics are managed elsewhere (Strimzi's KafkaTopic in Kubernetes)
 * @param retryInitialInterval first back-off before a failed record is retried
 * @param retryMaxInterval longest back-off between retries
 * @param maxRetries retries before the record goes to its dead-letter topic
 */
@ConfigurationProperties("infoloker.kafka")
public record KafkaProperties(int partitions, short replicas, Boolean createTopics, Duration retryInitialInterval,
                              Duration retryMaxInterval, int maxRetries) {

    public KafkaProperties {
        partitions = partitions <= 0 ? 3 : partitions;
        replicas = replicas <= 0 ? 1 : replicas;
        createTopics = createTopics == null || createTopics;
        retryInitialInterval = retryInitialInterval == null ? Duration.ofMillis(200) : retryInitialInterval;
        retryMaxInterval = retryMaxInterval == null ? Duration.ofSeconds(5) : retryMaxInterval;
        maxRetries = maxRetries < 0 ? 0 : (maxRetries == 0 ? 4 : maxRetries);
    }
}
