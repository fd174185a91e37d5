package id.infoloker.verification.intake;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountIdentityCorrectionRequested.Identity;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountRegistered;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.kit.privacy.ErasedAccounts;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.verification.cases.CaseCorrection;
import id.infoloker.verification.cases.Cases;
import id.infoloker.verification.cases.NewCase;
import id.infoloker.verification.cases.SubmittedDocuments;
import id.infoloker.verification.cases.SubmittedDocumentsRepository;
import id.infoloker.verification.cases.VerificationCase;
import id.infoloker.verification.checks.Applicant;
import id.infoloker.verification.checks.AutomaticChecks;
import id.infoloker.verification.checks.CaseChecks;
import id.infoloker.verification.checks.CheckResult;
import id.infoloker.verification.checks.Verdict;
import id.infoloker.verification.queue.QueuePriorityPolicy;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Opens cases from registrations (through {@link Cases}, the cases' one store), runs the automatic checks and records
 * submitted documents. Runs inside the inbox's transaction, so the effect and the "event processed" mark commit
 * together. The writes are upserts that never fail on a duplicate: a failing duplicate would be retried and then
 * dead-lettered.
 */
@Service
class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final JdbcTemplate jdbc;
    private final Cases cases;
    private final SubmittedDocumentsRepository submittedDocuments;
    private final Clock clock;
    private final AutomaticChecks checks;
    private final CaseChecks storedChecks;
    private final QueuePriorityPolicy priorities;
    private final ErasedAccounts erased;
    private final PersonalDataSeals seals;

    CaseIntake(JdbcTemplate jdbc, Cases cases, SubmittedDocumentsRepository submittedDocuments, Clock clock,
               AutomaticChecks checks, CaseChecks storedChecks, QueuePriorityPolicy priorities, ErasedAccounts erased,
               PersonalDataSeals seals) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.submittedDocuments = submittedDocuments;
        this.clock = clock;
        this.checks = checks;
        this.storedChecks = storedChecks;
        this.priorities = priorities;
        this.erased = erased;
        this.seals = seals;
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
        Optional<AccountRegistered> readable = erased.isErased(registered.accountId()) ? Optional.empty()
                : seals.open(registered);
        if (readable.isEmpty()) {
            log.info("Account {} was erased: its registration opens no case", registered.accountId());
            return;
        }
        NewCase newCase = NewCase.of(readable.get());
        UUID caseId = UUID.randomUUID();
        Instant now = clock.instant();
        if (!cases.open(caseId, newCase, now)) {
            log.info("Account {} already has a verification case", registered.accountId());
            return;
        }
        long sameNik = newCase.nik() == null ? 0 : cases.countOthersWithNik(newCase.nik(), newCase.accountId());
        Applicant applicant = new Applicant(newCase.accountType(), newCase.nik(), newCase.birthDate(), newCase.sex(),
                newCase.kecamatanCode(), newCase.nib(), newCase.npwp());
        // Documents may have arrived first: the required-documents check is stored with the others, in one batch.
        List<String> documents = submittedDocuments.findById(newCase.accountId())
                .map(SubmittedDocuments::documentTypes).orElse(List.of());
        CheckResult documentsCheck = checks.ofDocuments(newCase.accountType(), documents);
        List<CheckResult> results = new ArrayList<>(checks.ofRegistration(applicant, sameNik));
        results.add(documentsCheck);
        storedChecks.save(caseId, results, now);
        cases.recordDocumentsState(caseId, documentsCheck.verdict() == Verdict.PASS,
                priorities.priorityOf(newCase.accountType(), results.stream().map(CheckResult::verdict).toList()));
        log.debug("Opened verification case for account {} with {} automatic checks", registered.accountId(),
                results.size());
    }

    /**
     * {@link #open} for a polled batch, set-based: the cases in one statement batch, the NIK index asked once, the
     * documents on file read once, every check stored in one batch, documents state and priority in one batch. The
     * same result as opening them one after the other: a NIK counts the cases of other accounts already there plus
     * the ones earlier in the batch. The batch's accounts are already locked (IntakeBatches).
     */
    void openAll(List<AccountRegistered> registrations) {
        List<AccountRegistered> toVerify = new ArrayList<>();
        for (AccountRegistered registered : registrations) {
            if (registered.accountId() == null || registered.accountType() == null
                    || registered.registeredAt() == null) {
                throw new MalformedEventException("AccountRegistered without accountId, accountType or registeredAt");
            }
            if (IntakePolicy.needsVerification(registered.accountType())) {
                toVerify.add(registered);
            }
        }
        // Erased people's registrations (late, redelivered or replayed) open nothing: known as erased here, or their
        // key is gone and the event cannot be read.
        Set<UUID> erasedIds = erased.erasedAmong(toVerify.stream().map(AccountRegistered::accountId).toList());
        List<NewCase> newCases = seals.openAll(toVerify.stream()
                        .filter(registered -> !erasedIds.contains(registered.accountId())).toList())
                .stream().map(NewCase::of).collect(Collectors.toCollection(ArrayList::new));
        if (newCases.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<UUID> caseIds = newCases.stream().map(c -> UUID.randomUUID()).toList();
        boolean[] opened = cases.openAll(caseIds, newCases, now);
        List<UUID> accounts = newCases.stream().map(NewCase::accountId).toList();
        Map<String, Long> sameNikBefore = cases.countByNik(newCases.stream().map(NewCase::nik)
                .filter(nik -> nik != null).distinct().toList(), accounts);
        Map<UUID, List<String>> documentsOnFile = new HashMap<>();
        submittedDocuments.findAllById(accounts)
                .forEach(d -> documentsOnFile.put(d.accountId(), d.documentTypes()));
        Map<String, Long> sameNikInBatch = new HashMap<>();
        Map<UUID, List<CheckResult>> resultsByCase = new LinkedHashMap<>();
        List<UUID> openedIds = new ArrayList<>();
        List<Boolean> complete = new ArrayList<>();
        List<Integer> priorityOf = new ArrayList<>();
        for (int i = 0; i < newCases.size(); i++) {
            NewCase c = newCases.get(i);
            if (!opened[i]) {
                log.info("Account {} already has a verification case", c.accountId());
                continue;
            }
            long sameNik = 0;
            if (c.nik() != null) {
                sameNik = sameNikBefore.getOrDefault(c.nik(), 0L) + sameNikInBatch.getOrDefault(c.nik(), 0L);
                sameNikInBatch.merge(c.nik(), 1L, Long::sum);
            }
            Applicant applicant = new Applicant(c.accountType(), c.nik(), c.birthDate(), c.sex(), c.kecamatanCode(),
                    c.nib(), c.npwp());
            CheckResult documentsCheck = checks.ofDocuments(c.accountType(),
                    documentsOnFile.getOrDefault(c.accountId(), List.of()));
            List<CheckResult> results = new ArrayList<>(checks.ofRegistration(applicant, sameNik));
            results.add(documentsCheck);
            resultsByCase.put(caseIds.get(i), results);
            openedIds.add(caseIds.get(i));
            complete.add(documentsCheck.verdict() == Verdict.PASS);
            priorityOf.add(priorities.priorityOf(c.accountType(), results.stream().map(CheckResult::verdict).toList()));
        }
        storedChecks.saveAll(resultsByCase, now);
        cases.recordDocumentsStates(openedIds, complete, priorityOf);
        log.debug("Opened {} verification cases", openedIds.size());
    }

    void recordDocuments(AccountDocumentsSubmitted submitted) {
        if (submitted.accountId() == null || submitted.submittedAt() == null) {
            throw new MalformedEventException("AccountDocumentsSubmitted without accountId or submittedAt");
        }
        lockAccount(submitted.accountId());
        if (erased.isErased(submitted.accountId())) {
            return;
        }
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
        if (cases.reopenAfterRevision(submitted.accountId(), clock.instant())) {
            log.info("Documents re-submitted: case of account {} is back in the queue", submitted.accountId());
        }
        refreshDocuments(submitted.accountId());
    }

    /**
     * "Koreksi data": the account's case reopens with the corrected identity, the old one kept beside it, and the
     * identity checks run again on the new values. No case yet means the registration is still on its way (another
     * topic): failing lets the kit retry the record, and dead-letter it if the case never comes.
     */
    void correct(AccountIdentityCorrectionRequested sealed) {
        if (sealed.accountId() == null) {
            throw new MalformedEventException("identity correction without account");
        }
        Optional<AccountIdentityCorrectionRequested> opened = seals.open(sealed);
        if (opened.isEmpty() || erased.isErased(sealed.accountId())) {
            // The person was erased since: their key is gone and their case withdrawn; nothing to reopen.
            log.info("Identity correction of erased account {} ignored", sealed.accountId());
            return;
        }
        AccountIdentityCorrectionRequested correction = opened.get();
        if (correction.corrected() == null || correction.previous() == null
                || correction.corrected().nik() == null || correction.corrected().birthDate() == null) {
            throw new MalformedEventException("identity correction without account, or values before and after");
        }
        lockAccount(correction.accountId());
        Instant now = clock.instant();
        Identity before = correction.previous();
        Identity after = correction.corrected();
        CaseCorrection previous = new CaseCorrection(correction.reasonCode() == null ? "KOREKSI_DATA"
                : correction.reasonCode(), before.fullName(), before.nik(), before.birthPlace(), before.birthDate(),
                before.sex(), correction.requestedAt() == null ? now : correction.requestedAt());
        UUID caseId = cases.reopenForCorrection(correction.accountId(), previous, after.fullName(), after.nik(),
                after.birthPlace(), after.birthDate(), after.sex(), now).orElseThrow(() -> new IllegalStateException(
                        "No verification case yet for account " + correction.accountId() + "; retrying"));
        VerificationCase reopened = cases.get(caseId);
        Applicant applicant = new Applicant(reopened.accountType(), after.nik(), after.birthDate(), after.sex(),
                reopened.kecamatanCode(), null, null);
        List<CheckResult> results = checks.ofRegistration(applicant,
                cases.countOthersWithNik(after.nik(), correction.accountId()));
        storedChecks.save(caseId, results, now);
        refreshDocuments(correction.accountId());
        log.info("Case {} of account {} reopened for an identity correction ({})", caseId, correction.accountId(),
                previous.reasonCode());
    }

    static long lockKeyOf(UUID accountId) {
        return accountId.getMostSignificantBits() ^ accountId.getLeastSignificantBits();
    }

    /**
     * Registration and documents arrive on different topics, handled by different consumer threads: without this
     * lock both could commit at once, each not seeing the other's row, and the case would stay "waiting for
     * documents" forever. Held until the inbox's transaction ends; each later statement sees what the other committed.
     */
    private void lockAccount(UUID accountId) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, lockKeyOf(accountId));
    }

    /**
     * Recomputes the required-documents check, whether the case is complete (only complete cases are offered to
     * staff) and its priority. Documents may arrive before the registration: then the case does not exist yet and
     * {@link #open} calls this again.
     */
    private void refreshDocuments(UUID accountId) {
        cases.keyOf(accountId).ifPresent(key -> {
            List<String> documents = submittedDocuments.findById(accountId)
                    .map(SubmittedDocuments::documentTypes).orElse(List.of());
            CheckResult result = checks.ofDocuments(key.accountType(), documents);
            storedChecks.save(key.caseId(), List.of(result), clock.instant());
            List<Verdict> verdicts = storedChecks.verdictsOf(key.caseId());
            cases.recordDocumentsState(key.caseId(), result.verdict() == Verdict.PASS,
                    priorities.priorityOf(key.accountType(), verdicts));
        });
    }
}
