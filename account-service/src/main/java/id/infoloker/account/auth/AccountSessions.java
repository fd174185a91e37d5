package id.infoloker.account.auth;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What login keeps about an account (refresh tokens), for erasure to remove. Sign-in attempt counts are keyed by client
 * and hashed username, not by account, and are forgotten by themselves one throttle window later.
 */
@Component
public class AccountSessions {

    private final JdbcTemplate jdbc;

    AccountSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends every session, in the caller's transaction. The access tokens still out stop
     * working in every service when the ERASED status change that follows reaches them (service-kit revocations).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID accountId) {
        jdbc.update("DELETE FROM refresh_token WHERE account_id = ?", accountId);
    }
}
