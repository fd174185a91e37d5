package id.infoloker.account.correction;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.accounts.Sex;
import id.infoloker.account.registration.NikPolicy;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.events.AccountIdentityCorrectionRequested.Identity;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.kit.problem.ProblemException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identity data a verifier checked against the KTP (name, NIK, birth place and date, sex) change only through a
 * verifier: the corrected values wait in {@code identity_correction}, the account goes back to PENDING_VERIFICATION
 * with the reason "koreksi data", and verification-service reopens the case showing old and new values. An approval
 * applies them; a rejection drops them (the registered values stay). A NIK asked for is held against other
 * accounts and other pending corrections.
 */
@Service
public class IdentityCorrections {

    private static final Logger log = LoggerFactory.getLogger(IdentityCorrections.class);

    private final AccountRepository accounts;
    private final JobSeekerProfileRepository profiles;
    private final NikPolicy nikPolicy;
    private final AccountEvents accountEvents;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IdentityCorrections(AccountRepository accounts, JobSeekerProfileRepository profiles, NikPolicy nikPolicy,
                        AccountEvents accountEvents, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.nikPolicy = nikPolicy;
        this.accountEvents = accountEvents;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The corrected values, as the job seeker typed them. */
    public record Correction(String fullName, String nik, String birthPlace, LocalDate birthDate, Sex sex) {

        Correction normalised() {
            return new Correction(fullName.strip().replaceAll("\\s+", " "), nik.strip(), birthPlace.strip(),
                    birthDate, sex);
        }

        Identity asIdentity() {
            return new Identity(fullName, nik, birthPlace, birthDate, sex.name());
        }

        @Override
        public String toString() {
            return "Correction[<personal data hidden>]";
        }
    }

    public void request(UUID accountId, Correction typed) {
        Correction corrected = typed.normalised();
        if (nikPolicy.assess(corrected.nik(), corrected.birthDate(), corrected.sex()) == NikPolicy.Decision.INVALID) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-nik").onField("nik");
        }
        try {
            transaction.executeWithoutResult(status -> request(accountId, corrected, Instant.now(clock)));
        } catch (DuplicateKeyException pendingElsewhere) {
            // Another account's pending correction asks for the same NIK.
            throw nikTaken();
        }
    }

    private void request(UUID accountId, Correction corrected, Instant now) {
        Account account = accounts.findForUpdate(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found"));
        JobSeekerProfile profile = profiles.findById(accountId)
                .filter(p -> account.type() == AccountType.JOB_SEEKER)
                .orElseThrow(IdentityCorrections::notAllowed);
        if (account.status() == AccountStatus.SUSPENDED || account.status() == AccountStatus.ERASED) {
            throw notAllowed();
        }
        Identity previous = new Identity(account.displayName(), profile.nik(), profile.birthPlace(),
                profile.birthDate(), profile.sex().name());
        Identity next = corrected.asIdentity();
        if (previous.equals(next)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "correction-unchanged");
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM job_seeker_profile WHERE nik = ? AND account_id <> ?)", Boolean.class,
                next.nik(), accountId))) {
            throw nikTaken();
        }
        jdbc.update("""
                INSERT INTO identity_correction (account_id, full_name, nik, birth_place, birth_date, sex, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET full_name = excluded.full_name, nik = excluded.nik, birth_place = excluded.birth_place,
                    birth_date = excluded.birth_date, sex = excluded.sex, requested_at = excluded.requested_at
                """, accountId, next.fullName(), next.nik(), next.birthPlace(), Date.valueOf(next.birthDate()),
                next.sex(), Timestamp.from(now));
        AccountStatus before = account.identityCorrectionRequested(AccountIdentityCorrectionRequested.KOREKSI_DATA,
                now);
        accountEvents.identityCorrectionRequested(new AccountIdentityCorrectionRequested(accountId, account.type(),
                previous, next, AccountIdentityCorrectionRequested.KOREKSI_DATA, now));
        accountEvents.statusChanged(new AccountStatusChanged(accountId, account.type(),
                AccountStatus.PENDING_VERIFICATION, before, account.displayName(),
                AccountIdentityCorrectionRequested.KOREKSI_DATA, null, List.of(), now));
        log.info("Account {} asked for an identity correction: back to verification (was {})", accountId, before);
    }

    /**
     * A verifier approved the account: a pending correction becomes the account's identity, in the decision's
     * transaction (before its status event is written, so the event carries the corrected name). Should the NIK
     * have been taken meanwhile (a registration does not see pending corrections), the correction is dropped and
     * the registered identity stays; the verifier saw and approved the KTP, so the account stays verified.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyApproved(Account account) {
        Optional<Map<String, Object>> pending = jdbc.queryForList(
                "DELETE FROM identity_correction WHERE account_id = ? RETURNING *", account.id()).stream().findFirst();
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Object> row = pending.get();
        String nik = (String) row.get("nik");
        LocalDate birthDate = ((Date) row.get("birth_date")).toLocalDate();
        Sex sex = Sex.valueOf((String) row.get("sex"));
        boolean mismatch = nikPolicy.assess(nik, birthDate, sex) == NikPolicy.Decision.MISMATCH;
        int applied = jdbc.update("""
                UPDATE job_seeker_profile
                SET nik = ?, birth_place = ?, birth_date = ?, sex = ?, nik_mismatch = ?, version = version + 1
                WHERE account_id = ?
                  AND NOT EXISTS (SELECT 1 FROM job_seeker_profile other WHERE other.nik = ? AND other.account_id <> ?)
                """, nik, row.get("birth_place"), Date.valueOf(birthDate), sex.name(), mismatch, account.id(), nik,
                account.id());
        if (applied != 1) {
            log.warn("Identity correction of account {} not applied: its NIK is another account's by now",
                    account.id());
            return;
        }
        account.correctDisplayName((String) row.get("full_name"));
        log.info("Identity correction of account {} applied after approval", account.id());
    }

    /** A verifier rejected the account: the correction is not applied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void discard(UUID accountId) {
        if (jdbc.update("DELETE FROM identity_correction WHERE account_id = ?", accountId) == 1) {
            log.info("Identity correction of account {} dropped after rejection", accountId);
        }
    }

    /** Erasure: a pending correction holds a name and a NIK. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID accountId) {
        jdbc.update("DELETE FROM identity_correction WHERE account_id = ?", accountId);
    }

    private static ProblemException nikTaken() {
        return new ProblemException(HttpStatus.CONFLICT, "already-registered",
                new DefaultMessageSourceResolvable("field-label.nik")).onField("nik");
    }

    private static ProblemException notAllowed() {
        return new ProblemException(HttpStatus.FORBIDDEN, "correction-not-allowed");
    }
}
