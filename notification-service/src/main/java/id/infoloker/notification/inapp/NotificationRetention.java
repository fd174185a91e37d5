package id.infoloker.notification.inapp;

import id.infoloker.kit.retention.RetentionConfiguration;
import id.infoloker.kit.retention.RetentionRule;
import java.sql.Timestamp;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** notification-service's time-based retention (docs/privacy.md): old notices, sent or abandoned messages. */
@Configuration(proxyBeanMethods = false)
class NotificationRetention {

    @Bean
    RetentionRule notificationsRetention(JdbcTemplate jdbc,
            @Value("${infoloker.retention.notifications:180d}") Duration keep) {
        return RetentionConfiguration.rule("notifications", now -> jdbc.update(
                "DELETE FROM notification WHERE created_at < ?", Timestamp.from(now.minus(keep))));
    }

    /** Sent or given-up e-mails/SMS hold the address and the text; pending ones stay until sent. */
    @Bean
    RetentionRule deliveriesRetention(JdbcTemplate jdbc,
            @Value("${infoloker.retention.deliveries:30d}") Duration keep) {
        return RetentionConfiguration.rule("deliveries", now -> jdbc.update("""
                DELETE FROM delivery WHERE status IN ('SENT', 'FAILED') AND COALESCE(sent_at, created_at) < ?""",
                Timestamp.from(now.minus(keep))));
    }
}
