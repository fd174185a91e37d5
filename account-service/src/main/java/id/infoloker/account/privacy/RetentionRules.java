package id.infoloker.account.privacy;

import id.infoloker.kit.retention.RetentionConfiguration;
import id.infoloker.kit.retention.RetentionRule;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** account-service's time-based retention (docs/privacy.md). */
@Configuration(proxyBeanMethods = false)
class RetentionRules {

    /** At most this many per run, so one run stays short; the next run takes the rest. */
    private static final int MOST_PER_RUN = 500;

    /**
     * A registration never sent for verification (no submission) is erased after {@code unsubmitted-registrations}
     * (90 days): the same erasure as the person's own, so every service forgets it too.
     */
    @Bean
    RetentionRule unsubmittedRegistrationsRetention(JdbcTemplate jdbc, PersonalData personalData,
            @Value("${infoloker.retention.unsubmitted-registrations:90d}") Duration keep) {
        return RetentionConfiguration.rule("unsubmitted-registrations", now -> {
            List<UUID> stale = jdbc.queryForList("""
                    SELECT a.id FROM account a
                    WHERE a.type IN ('JOB_SEEKER', 'EMPLOYER') AND a.status = 'PENDING_VERIFICATION'
                      AND a.created_at < ?
                      AND NOT EXISTS (SELECT 1 FROM document_submission s WHERE s.account_id = a.id)
                    ORDER BY a.created_at LIMIT ?""", UUID.class, Timestamp.from(now.minus(keep)), MOST_PER_RUN);
            stale.forEach(personalData::erase);
            return stale.size();
        });
    }
}
