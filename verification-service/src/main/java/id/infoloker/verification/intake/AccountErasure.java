package id.infoloker.verification.intake;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.kit.inbox.EventMetadata;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.kit.privacy.ErasedAccounts;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.verification.cases.Cases;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An account was erased (UU PDP): its open case leaves the queue for good, every case of it forgets the person, the
 * checks (computed from the NIK and birth data) and documents on file go, and the decision audit stays under a random
 * pseudonym without the verifier's note; feedback they sent keeps only its category and dates. The account id is
 * remembered as erased so a late or replayed registration never opens a case again. Runs in the inbox's transaction, under intake's per-account lock.
 */
@Service
class AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

    private final Cases cases;
    private final ErasedAccounts erased;
    private final PersonalDataSeals seals;
    private final JdbcTemplate jdbc;

    AccountErasure(Cases cases, ErasedAccounts erased, PersonalDataSeals seals, JdbcTemplate jdbc) {
        this.cases = cases;
        this.erased = erased;
        this.seals = seals;
        this.jdbc = jdbc;
    }

    void apply(EventMetadata metadata, AccountStatusChanged change) {
        if (change.accountId() == null || change.status() == null) {
            throw new MalformedEventException("AccountStatusChanged without accountId or status");
        }
        if (change.status() != AccountStatus.ERASED) {
            return;
        }
        UUID accountId = change.accountId();
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, CaseIntake.lockKeyOf(accountId));
        erased.record(accountId, change.changedAt() == null ? metadata.occurredAt() : change.changedAt());
        seals.forget(accountId);
        UUID pseudonym = UUID.randomUUID();
        List<UUID> caseIds = cases.withdrawAndPseudonymise(accountId, pseudonym);
        for (UUID caseId : caseIds) {
            jdbc.update("DELETE FROM case_check WHERE case_id = ?", caseId);
            // An identity correction keeps the values before it (name, NIK, birth data): they go too.
            jdbc.update("DELETE FROM case_correction WHERE case_id = ?", caseId);
        }
        jdbc.execute("SET LOCAL infoloker.erasure = 'on'");
        int decisions = jdbc.update("UPDATE verification_decision SET account_id = ?, note = NULL WHERE account_id = ?",
                pseudonym, accountId);
        jdbc.execute("SET LOCAL infoloker.erasure = 'off'");
        jdbc.update("DELETE FROM submitted_documents WHERE account_id = ?", accountId);
        // Feedback the person sent while signed in may name them (text, page, screenshot, the office's reply and
        // note): it stays only as a category and dates for the office's counts, with nobody to reply to.
        int feedback = jdbc.update("""
                UPDATE feedback SET account_id = NULL, text = '', page = NULL, screenshot = NULL,
                                    screenshot_type = NULL, reply = NULL, internal_note = NULL
                WHERE account_id = ?""", accountId);
        log.info("Account {} erased: {} case(s) withdrawn or pseudonymised, {} decision(s) kept under a pseudonym,"
                + " {} feedback item(s) anonymised", accountId, caseIds.size(), decisions, feedback);
    }
}
