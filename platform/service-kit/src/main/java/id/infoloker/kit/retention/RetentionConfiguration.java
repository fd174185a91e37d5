package id.infoloker.kit.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job and the kit's inbox rule. Sent outbox rows have their own purge (the relay's, after
 * {@code infoloker.outbox.retention}, 1 day).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionConfiguration {

    @Bean
    RetentionRule processedEventsRetention(JdbcTemplate jdbc, RetentionProperties properties) {
        return rule("processed-events", now -> jdbc.update("DELETE FROM processed_event WHERE processed_at < ?",
                Timestamp.from(now.minus(properties.processedEvents()))));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "infoloker.retention.enabled", matchIfMissing = true)
    RetentionJob retentionJob(ObjectProvider<RetentionRule> rules, Clock clock) {
        return new RetentionJob(rules.orderedStream().toList(), clock);
    }

    /** A rule from its name and its delete. */
    public static RetentionRule rule(String name, java.util.function.ToIntFunction<Instant> delete) {
        return new RetentionRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int apply(Instant now) {
                return delete.applyAsInt(now);
            }
        };
    }
}
