package id.infoloker.vacancy.accounts;

import id.infoloker.events.AccountStatusChanged;
import id.infoloker.kit.privacy.ErasedAccounts;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An account was erased (UU PDP): its applications stay, for the vacancies' public counts and the employer's pipeline,
 * under a random pseudonym and marked erased; the kecamatan kept for the hires-by-kecamatan counts follows the
 * pseudonym. The id is remembered as erased, so a late or replayed registration records no domicile again. Runs in
 * the inbox's transaction with the projection's update (which already dropped the name).
 */
@Service
class AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

    private final JdbcTemplate jdbc;
    private final ErasedAccounts erased;

    AccountErasure(JdbcTemplate jdbc, ErasedAccounts erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    void erase(AccountStatusChanged change) {
        UUID accountId = change.accountId();
        erased.record(accountId, change.changedAt());
        UUID pseudonym = UUID.randomUUID();
        // The employer's notes about the person (a move's note, the interview's note) may name them: they go too.
        jdbc.update("""
                UPDATE application_status_history SET note = NULL
                WHERE application_id IN (SELECT id FROM application WHERE job_seeker_id = ?)""", accountId);
        jdbc.update("""
                UPDATE interview SET note = NULL
                WHERE application_id IN (SELECT id FROM application WHERE job_seeker_id = ?)""", accountId);
        int applications = jdbc.update("""
                UPDATE application SET job_seeker_id = ?, applicant_erased = true, status_note = NULL
                WHERE job_seeker_id = ?""", pseudonym, accountId);
        jdbc.update("UPDATE account_domicile SET account_id = ? WHERE account_id = ?", pseudonym, accountId);
        log.info("Account {} erased: {} application(s) kept under a pseudonym", accountId, applications);
    }

    boolean isErased(UUID accountId) {
        return erased.isErased(accountId);
    }
}
