package id.infoloker.kit.kafka;

import id.infoloker.events.Topics;
import id.infoloker.kit.database.DatabaseOutage;
import id.infoloker.kit.privacy.KeyServiceUnavailableException;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.kit.tracing.TraceContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumer side: the inbox, and an error handler that retries with back-off and then publishes the record to
 * {@code <topic>.dlt} (same partition). Spring Kafka's default handler would log and skip after ten tries; here
 * nothing is skipped without leaving a record behind. A database outage is retried until the database is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaProperties.class)
public class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    Inbox inbox(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json,
                @Value("${spring.application.name}") String applicationName, TraceContext trace) {
        return new Inbox(jdbc, new TransactionTemplate(transactions), json, applicationName, trace);
    }

    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaOperations<String, String> kafka, KafkaProperties properties) {
        DeadLetterPublishingRecoverer toDeadLetterTopic = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> {
                    // Never the payload: it may hold personal data. Topic, partition and offset find the record.
                    log.warn("Dead-lettering {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                            Topics.deadLetterOf(record.topic()), rootCauseName(exception));
                    return new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition());
                });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetterTopic, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, DeserializationException.class);
        // While the database is away every record fails, through no fault of its own: keep retrying it (the partition
        // waits) instead of dead-lettering a backlog of good events during a restart or failover.
        ExponentialBackOff untilTheDatabaseIsBack = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
        untilTheDatabaseIsBack.setMaxInterval(properties.retryMaxInterval().toMillis());
        // The same for the account service not answering a personal-data key lookup.
        handler.setBackOffFunction((record, exception) ->
                DatabaseOutage.isCauseOf(exception) || KeyServiceUnavailableException.isCauseOf(exception)
                        ? untilTheDatabaseIsBack : null);
        return handler;
    }

    private static String rootCauseName(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName();
    }

    /** Every topic with its dead-letter topic, so a service can start against an empty broker. */
    @Bean
    KafkaAdmin.NewTopics infolokerTopics(KafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        if (properties.createTopics()) {
            for (String topic : Topics.ALL) {
                topics.add(new NewTopic(topic, properties.partitions(), properties.replicas()));
                topics.add(new NewTopic(Topics.deadLetterOf(topic), properties.partitions(), properties.replicas()));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
