package id.infoloker.verification.cases;

import id.infoloker.kit.retention.RetentionConfiguration;
import id.infoloker.kit.retention.RetentionRule;
import java.sql.Timestamp;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rejected case keeps the person's identity data for {@code rejected-cases} (1 year: time to object and register
 * again), then loses it and its checks; the decision audit stays (docs/privacy.md).
 */
@Configuration(proxyBeanMethods = false)
class RejectedCaseRetention {

    @Bean
    RetentionRule rejectedCasesRetention(JdbcTemplate jdbc,
            @Value("${infoloker.retention.rejected-cases:365d}") Duration keep) {
        return RetentionConfiguration.rule("rejected-cases", now -> jdbc.queryForObject("""
                WITH expired AS (
                    UPDATE verification_case
                    SET display_name = NULL, email = NULL, phone = NULL, nik = NULL, birth_place = NULL,
                        birth_date = NULL, sex = NULL, education = NULL, company_name = NULL, nib = NULL,
                        npwp = NULL, contact_person = NULL
                    WHERE status = 'DECIDED' AND outcome = 'REJECTED' AND decided_at < ?
                      AND (display_name IS NOT NULL OR nik IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL
                           OR company_name IS NOT NULL OR contact_person IS NOT NULL)
                    RETURNING id),
                checks AS (DELETE FROM case_check WHERE case_id IN (SELECT id FROM expired))
                SELECT count(*) FROM expired""", Integer.class, Timestamp.from(now.minus(keep))));
    }
}
