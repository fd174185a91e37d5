package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.kit.retention.RetentionJob;
import id.infoloker.testkit.InfolokerIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@InfolokerIntegrationTest
class RetentionIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionJob retention;

    @Test
    void aRejectedCaseLosesItsIdentityDataAfterAYearAndARecentOneKeepsIt() {
        UUID old = rejectedCase(Duration.ofDays(366));
        UUID recent = rejectedCase(Duration.ofDays(30));

        retention.applyAll();

        Map<String, Object> expired = jdbc.queryForMap("SELECT * FROM verification_case WHERE id = ?", old);
        assertThat(expired.get("nik")).isNull();
        assertThat(expired.get("display_name")).isNull();
        assertThat(expired.get("email")).isNull();
        assertThat(expired.get("outcome")).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_check WHERE case_id = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("SELECT nik FROM verification_case WHERE id = ?", String.class, recent))
                .isEqualTo("3215014506990001");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_check WHERE case_id = ?", Long.class, recent))
                .isEqualTo(1L);
    }

    private UUID rejectedCase(Duration ago) {
        UUID id = UUID.randomUUID();
        Timestamp decided = Timestamp.from(Instant.now().minus(ago));
        jdbc.update("""
                INSERT INTO verification_case (id, account_id, account_type, display_name, kecamatan_code, email, nik,
                                               registered_at, status, outcome, decided_by, decided_at, opened_at)
                VALUES (?, ?, 'JOB_SEEKER', 'Ditolak Lama', '321501', 'tolak@example.id', '3215014506990001', ?,
                        'DECIDED', 'REJECTED', ?, ?, ?)""", id, UUID.randomUUID(), decided, UUID.randomUUID(),
                decided, decided);
        jdbc.update("""
                INSERT INTO case_check (case_id, code, verdict, message_key, message_args, message, checked_at)
                VALUES (?, 'NIK_STRUCTURE', 'PASS', 'check.nik', '{}', 'NIK sah', now())""", id);
        return id;
    }
}
