package id.infoloker.notification.preferences;

import id.infoloker.kit.privacy.ErasedAccounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each person's channel choices; {@link ChannelChoice#DEFAULT} until they save their own. */
@Repository
public class ChannelPreferences {

    private final JdbcTemplate jdbc;
    private final ErasedAccounts erased;

    ChannelPreferences(JdbcTemplate jdbc, ErasedAccounts erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    public ChannelChoice of(UUID accountId) {
        return jdbc.query("SELECT email_enabled, sms_enabled FROM notification_preference WHERE account_id = ?",
                        (rs, row) -> new ChannelChoice(rs.getBoolean(1), rs.getBoolean(2)), accountId)
                .stream().findFirst().orElse(ChannelChoice.DEFAULT);
    }

    /** Refused for an erased account (its token may still live a few minutes): no row is recreated for it. */
    void save(UUID accountId, ChannelChoice choice, Instant at) {
        erased.refuseWritesFor(accountId);
        jdbc.update("""
                INSERT INTO notification_preference (account_id, email_enabled, sms_enabled, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET email_enabled = excluded.email_enabled, sms_enabled = excluded.sms_enabled,
                    updated_at = excluded.updated_at
                """, accountId, choice.email(), choice.sms(), Timestamp.from(at));
    }

    /** Erasure. */
    public void forget(UUID accountId) {
        jdbc.update("DELETE FROM notification_preference WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM job_alert WHERE account_id = ?", accountId);
    }
}
