package id.infoloker.account.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.kit.retention.RetentionJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@AccountServiceIntegrationTest
class RetentionIntegrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionJob retention;

    @Test
    void aRegistrationNeverSubmittedIsErasedAfterNinetyDaysAndAFreshOneIsKept() {
        TestAccounts accounts = new TestAccounts(http);
        Caller forgotten = accounts.jobSeeker();
        Caller fresh = accounts.jobSeeker();
        jdbc.update("UPDATE account SET created_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(91))), forgotten.id());

        assertThat(retention.applyAll()).containsKey("unsubmitted-registrations");

        assertThat(statusOf(forgotten.id())).isEqualTo("ERASED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_seeker_profile WHERE account_id = ?", Long.class,
                forgotten.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_key WHERE account_id = ?", Long.class,
                forgotten.id())).as("its events on Kafka become unreadable too").isZero();
        assertThat(statusOf(fresh.id())).isEqualTo("PENDING_VERIFICATION");
    }

    @Test
    void inboxMarksGoOnceOlderThanAnyTopicKeepsARecord() {
        UUID oldMark = UUID.randomUUID();
        UUID recentMark = UUID.randomUUID();
        jdbc.update("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('test', ?, ?)", oldMark,
                Timestamp.from(Instant.now().minus(Duration.ofDays(36))));
        jdbc.update("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('test', ?, ?)",
                recentMark, Timestamp.from(Instant.now().minus(Duration.ofDays(34))));

        retention.applyAll();

        assertThat(jdbc.queryForList("SELECT event_id FROM processed_event WHERE event_id IN (?, ?)", UUID.class,
                oldMark, recentMark)).containsExactly(recentMark);
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class, id);
    }
}
