package id.infoloker.kit.privacy;

import id.infoloker.kit.problem.ProblemException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The ids of erased accounts (table {@code erased_account}, the kit's migration), kept by every service that consumes
 * account events. A random account id names nobody once the account service forgot it, so keeping it is allowed; it is
 * what stops a late, redelivered or replayed event (or a request with a still-valid token) from bringing the person
 * back into a projection.
 */
public class ErasedAccounts {

    private final NamedParameterJdbcTemplate jdbc;

    public ErasedAccounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the erasure; true the first time. Call inside the erasure's transaction. */
    public boolean record(UUID accountId, Instant erasedAt) {
        return jdbc.update("INSERT INTO erased_account (account_id, erased_at) VALUES (:id, :at) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource().addValue("id", accountId).addValue("at", Timestamp.from(erasedAt))) == 1;
    }

    public boolean isErased(UUID accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM erased_account WHERE account_id = :id)",
                new MapSqlParameterSource("id", accountId), Boolean.class));
    }

    /**
     * Refuses a write for an erased account (its token may live a few minutes more) instead of recreating rows:
     * {@code 410 account-erased}.
     */
    public void refuseWritesFor(UUID accountId) {
        if (isErased(accountId)) {
            throw new ProblemException(HttpStatus.GONE, "account-erased");
        }
    }

    /** Which of these accounts were erased. */
    public Set<UUID> erasedAmong(Collection<UUID> accountIds) {
        Set<UUID> erased = new HashSet<>();
        if (accountIds.isEmpty()) {
            return erased;
        }
        jdbc.query("SELECT account_id FROM erased_account WHERE account_id IN (:ids)",
                new MapSqlParameterSource("ids", accountIds),
                rs -> {
                    erased.add(rs.getObject("account_id", UUID.class));
                });
        return erased;
    }
}
