package id.infoloker.vacancy.accounts;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * This service's own view of account statuses, fed by {@code account.status-changed.v1}: whether an employer may
 * publish or a job seeker may apply is read here, never from the token. ERASED removes the display name.
 */
@Repository
public class AccountProjection {

    private final JdbcTemplate jdbc;

    AccountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void apply(AccountStatusChanged change) {
        String displayName = change.status() == AccountStatus.ERASED ? null : change.displayName();
        // Events of one account arrive in order (keyed by account id); the timestamp guard keeps a replay harmless.
        jdbc.update("""
                INSERT INTO account_projection (account_id, account_type, status, display_name, changed_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET account_type = excluded.account_type, status = excluded.status,
                    display_name = excluded.display_name, changed_at = excluded.changed_at
                WHERE account_projection.changed_at <= excluded.changed_at
                """,
                change.accountId(), change.accountType().name(), change.status().name(), displayName,
                Timestamp.from(change.changedAt()));
    }

    /** For the devstack's demo data, which exists before any account event. */
    public void seedVerified(UUID accountId, String accountType, String displayName, java.time.Instant at) {
        jdbc.update("""
                INSERT INTO account_projection (account_id, account_type, status, display_name, changed_at)
                VALUES (?, ?, 'VERIFIED', ?, ?) ON CONFLICT (account_id) DO NOTHING
                """, accountId, accountType, displayName, Timestamp.from(at));
    }

    void recordDomicile(UUID accountId, String kecamatanCode) {
        jdbc.update("""
                INSERT INTO account_domicile (account_id, kecamatan_code) VALUES (?, ?)
                ON CONFLICT (account_id) DO UPDATE SET kecamatan_code = excluded.kecamatan_code
                """, accountId, kecamatanCode);
    }

    public Optional<ProjectedAccount> find(UUID accountId) {
        return jdbc.query("SELECT account_id, account_type, status, display_name FROM account_projection "
                        + "WHERE account_id = ?",
                (rs, row) -> new ProjectedAccount(rs.getObject("account_id", UUID.class),
                        rs.getString("account_type"), rs.getString("status"), rs.getString("display_name")),
                accountId).stream().findFirst();
    }

    public record ProjectedAccount(UUID accountId, String accountType, String status, String displayName) {

        public boolean isVerified() {
            return AccountStatus.VERIFIED.name().equals(status);
        }

        public boolean isVerified(AccountType type) {
            return isVerified() && type.name().equals(accountType);
        }
    }
}
