package id.infoloker.verification.intake;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.verification.checks.Applicant;
import id.infoloker.verification.checks.AutomaticChecks;
import id.infoloker.verification.checks.CaseChecks;
import id.infoloker.verification.checks.CheckResult;
import id.infoloker.verification.checks.Verdict;
import id.infoloker.verification.queue.QueuePriorityPolicy;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Opens cases from registrations, runs the automatic checks and records submitted documents. Runs inside the inbox's
 * transaction, so the effect and the "event processed" mark commit together. Plain SQL because the writes are upserts
 * that must never fail on a duplicate: a failing duplicate would be retried and then dead-lettered.
 */
@Service
class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AutomaticChecks checks;
    private final CaseChecks storedChecks;
    private final QueuePriorityPolicy priorities;

    CaseIntake(JdbcTemplate jdbc, Clock clock, AutomaticChecks checks, CaseChecks storedChecks,
               QueuePriorityPolicy priorities) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.checks = checks;
        this.storedChecks = storedChecks;
        this.priorities = priorities;
    }

    void open(AccountRegistered registered) {
        if (registered.accountId() == null || registered.accountType() == null || registered.registeredAt() == null) {
            throw new MalformedEventException("AccountRegistered without accountId, accountType or registeredAt");
        }
        if (!IntakePolicy.needsVerification(registered.accountType())) {
            log.debug("Account {} of type {} needs no verification", registered.accountId(),
                    registered.accountType());
            return;
        }
        lockAccount(registered.accountId());
        AccountRegistered.JobSeeker person = registered.jobSeeker();
        AccountRegistered.Employer company = registered.employer();
        String nik = person == null ? null : person.nik();
        UUID caseId = UUID.randomUUID();
        Instant now = clock.instant();
        // The unique account_id makes this a no-op for a second event about the same account.
        int opened = jdbc.update("""
                INSERT INTO verification_case (id, account_id, account_type, display_name, kecamatan_code, nik,
                                               birth_place, birth_date, sex, education,
                                               company_name, nib, npwp, contact_person,
                                               registered_at, status, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                ON CONFLICT (account_id) DO NOTHING
                """,
                caseId, registered.accountId(), registered.accountType().name(),
                registered.displayName(), registered.kecamatanCode(), nik,
                person == null ? null : person.birthPlace(),
                person == null || person.birthDate() == null ? null : Date.valueOf(person.birthDate()),
                person == null ? null : person.sex(), person == null ? null : person.education(),
                company == null ? null : company.companyName(), company == null ? null : company.nib(),
                company == null ? null : company.npwp(), company == null ? null : company.contactPerson(),
                Timestamp.from(registered.registeredAt()), Timestamp.from(now));
        if (opened != 1) {
            log.info("Account {} already has a verification case", registered.accountId());
            return;
        }
        long sameNik = nik == null ? 0 : jdbc.queryForObject(
                "SELECT count(*) FROM verification_case WHERE nik = ? AND account_id <> ?", Long.class,
                nik, registered.accountId());
        Applicant applicant = new Applicant(registered.accountType(), nik,
                person == null ? null : person.birthDate(), person == null ? null : person.sex(),
                registered.kecamatanCode(), company == null ? null : company.nib(),
                company == null ? null : company.npwp());
        List<CheckResult> results = checks.ofRegistration(applicant, sameNik);
        storedChecks.save(caseId, results, now);
        refreshDocuments(registered.accountId());
        log.info("Opened verification case for account {} with {} automatic checks", registered.accountId(),
                results.size());
    }

    void recordDocuments(AccountDocumentsSubmitted submitted) {
        if (submitted.accountId() == null || submitted.submittedAt() == null) {
            throw new MalformedEventException("AccountDocumentsSubmitted without accountId or submittedAt");
        }
        lockAccount(submitted.accountId());
        List<String> types = submitted.documentTypes() == null ? List.of() : submitted.documentTypes();
        // Only a newer submission changes the record: a late redelivery of submission 1 changes nothing. A
        // re-submission after a revision may carry only the redone documents, so the types on file are the union.
        int newer = jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO submitted_documents (account_id, document_types, submission, submitted_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE
                    SET document_types = ARRAY(
                            SELECT type FROM unnest(submitted_documents.document_types || excluded.document_types)
                                             WITH ORDINALITY AS submitted(type, position)
                            GROUP BY type ORDER BY min(position)),
                        submission = excluded.submission,
                        submitted_at = excluded.submitted_at
                    WHERE submitted_documents.submission < excluded.submission
                    """);
            Array array = connection.createArrayOf("text", types.toArray());
            statement.setObject(1, submitted.accountId());
            statement.setArray(2, array);
            statement.setInt(3, submitted.submission());
            statement.setTimestamp(4, Timestamp.from(submitted.submittedAt()));
            return statement;
        });
        if (newer != 1) {
            return;
        }
        if (reopenAfterRevision(submitted.accountId())) {
            log.info("Documents re-submitted: case of account {} is back in the queue", submitted.accountId());
        }
        refreshDocuments(submitted.accountId());
    }

    /**
     * Registration and documents arrive on different topics, handled by different consumer threads: without this
     * lock both could commit at once, each not seeing the other's row, and the case would stay "waiting for
     * documents" forever. Held until the inbox's transaction ends; each later statement sees what the other committed.
     */
    private void lockAccount(UUID accountId) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, accountId.getMostSignificantBits()
                ^ accountId.getLeastSignificantBits());
    }

    /**
     * Recomputes the required-documents check, whether the case is complete (only complete cases are offered to
     * staff) and its priority. Documents may arrive before the registration: then the case does not exist yet and
     * {@link #open} calls this again.
     */
    private void refreshDocuments(UUID accountId) {
        jdbc.query("""
                SELECT c.id, c.account_type, d.document_types
                FROM verification_case c LEFT JOIN submitted_documents d ON d.account_id = c.account_id
                WHERE c.account_id = ?
                """, rs -> {
                    UUID caseId = rs.getObject("id", UUID.class);
                    AccountType type = AccountType.valueOf(rs.getString("account_type"));
                    java.sql.Array array = rs.getArray("document_types");
                    List<String> documents = array == null ? List.of()
                            : Arrays.asList((String[]) array.getArray());
                    CheckResult result = checks.ofDocuments(type, documents);
                    storedChecks.save(caseId, List.of(result), clock.instant());
                    List<Verdict> verdicts = storedChecks.verdictsOf(caseId);
                    jdbc.update("UPDATE verification_case SET documents_complete = ?, priority = ? WHERE id = ?",
                            result.verdict() == Verdict.PASS, priorities.priorityOf(type, verdicts), caseId);
                }, accountId);
    }

    /**
     * A new submission answers a revision request: the case goes back to the queue, at its original registration
     * time, so the person does not queue again behind everyone who registered after them.
     */
    private boolean reopenAfterRevision(UUID accountId) {
        return jdbc.update("""
                UPDATE verification_case
                SET status = 'PENDING', claimed_by = NULL, lease_expires_at = NULL,
                    outcome = NULL, decided_by = NULL, decided_at = NULL, opened_at = ?
                WHERE account_id = ? AND status = 'DECIDED' AND outcome = 'REVISION_REQUESTED'
                """, Timestamp.from(clock.instant()), accountId) == 1;
    }
}
