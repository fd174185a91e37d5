package id.infoloker.kit.outbox;

import id.infoloker.kit.tracing.TraceContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, TraceContext trace) {
        return new Outbox(jdbc, json, clock, trace);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                            KafkaTemplate<String, String> kafka, OutboxProperties properties, MeterRegistry meters) {
        OutboxRelay relay = new OutboxRelay(jdbc, new TransactionTemplate(transactions), kafka, properties);
        Gauge.builder("outbox.backlog", relay, OutboxRelay::backlog)
                .description("Events committed but not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("outbox.oldest.unsent.age", relay, OutboxRelay::oldestUnsentAgeSeconds)
                .description("Age of the oldest event not yet acknowledged by Kafka")
                .baseUnit("seconds")
                .register(meters);
        return relay;
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "infoloker.outbox.relay-enabled", matchIfMissing = true)
    OutboxScheduler outboxScheduler(OutboxRelay relay) {
        return new OutboxScheduler(relay);
    }
}
