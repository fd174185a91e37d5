package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.kit.retention.RetentionJob;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class RetentionIntegrationTest extends ChannelStubs {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionJob retention;

    @Test
    void oldNotificationsAndSentOrAbandonedMessagesGoPendingOnesStay() {
        UUID account = UUID.randomUUID();
        UUID oldNotice = notification(account, Duration.ofDays(181));
        UUID recentNotice = notification(account, Duration.ofDays(2));
        UUID sentLongAgo = delivery(account, "SENT", Duration.ofDays(31));
        UUID failedLongAgo = delivery(account, "FAILED", Duration.ofDays(31));
        UUID stillPending = delivery(account, "PENDING", Duration.ofDays(31));
        UUID sentRecently = delivery(account, "SENT", Duration.ofDays(3));

        retention.applyAll();

        assertThat(jdbc.queryForList("SELECT id FROM notification WHERE account_id = ?", UUID.class, account))
                .containsExactly(recentNotice).doesNotContain(oldNotice);
        assertThat(jdbc.queryForList("SELECT id FROM delivery WHERE account_id = ?", UUID.class, account))
                .containsExactlyInAnyOrder(stillPending, sentRecently)
                .doesNotContain(sentLongAgo, failedLongAgo);
    }

    private UUID notification(UUID account, Duration ago) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO notification (id, event_id, channel, recipient, account_id, kind, language, title, body,
                                          created_at)
                VALUES (?, ?, 'IN_APP', ?, ?, 'TEST', 'id', 'Judul', 'Isi', ?)""", id, UUID.randomUUID(),
                account.toString(), account, Timestamp.from(Instant.now().minus(ago)));
        return id;
    }

    private UUID delivery(UUID account, String status, Duration ago) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minus(ago));
        jdbc.update("""
                INSERT INTO delivery (id, event_id, channel, recipient, account_id, kind, language, subject, body,
                                      status, next_attempt_at, created_at, sent_at)
                VALUES (?, ?, 'EMAIL', 'orang@example.id', ?, 'TEST', 'id', 'Subjek', 'Isi', ?, ?, ?, ?)""",
                id, UUID.randomUUID(), account, status, at, at, "SENT".equals(status) ? at : null);
        return id;
    }
}
