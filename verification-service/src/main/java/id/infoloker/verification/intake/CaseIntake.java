package id.infoloker.verification.intake;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountRegistered;
import id.infoloker.kit.inbox.MalformedEventException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Opens cases from registrations and records submitted documents. Runs inside the inbox's transaction, so the effect
 * and the "event processed" mark commit together. Plain SQL because both writes are upserts that must never fail on
 * a duplicate: a failing duplicate would be retried and then dead-lettered.
 */
@Service
class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseIntake(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        String nik = registered.jobSeeker() == null ? null : registered.jobSeeker().nik();
        // The unique account_id makes this a no-op for a second event about the same account.
        int opened = jdbc.update("""
                INSERT INTO verification_case (id, account_id, account_type, display_name, kecamatan_code, nik,
                                               registered_at, status, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                ON CONFLICT (account_id) DO NOTHING
                """,
                UUID.randomUUID(), registered.accountId(), registered.accountType().name(),
                registered.displayName(), registered.kecamatanCode(), nik,
                Timestamp.from(registered.registeredAt()), Timestamp.from(clock.instant()));
        if (opened == 1) {
            log.info("Opened verification case for account {}", registered.accountId());
        } else {
            log.info("Account {} already has a verification case", registered.accountId());
        }
    }

    void recordDocuments(AccountDocumentsSubmitted submitted) {
        if (submitted.accountId() == null || submitted.submittedAt() == null) {
            throw new MalformedEventException("AccountDocumentsSubmitted without accountId or submittedAt");
        }
        List<String> types = submitted.documentTypes() == null ? List.of() : submitted.documentTypes();
        // Only a newer submission replaces the one on record: a late redelivery of submission 1 changes nothing.
        int newer = jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO submitted_documents (account_id, document_types, submission, submitted_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE
                    SET document_types = excluded.document_types, submission = excluded.submission,
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
        if (newer == 1 && reopenAfterRevision(submitted.accountId())) {
            log.info("Documents re-submitted: case of account {} is back in the queue", submitted.accountId());
        }
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
