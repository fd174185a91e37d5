package id.infoloker.verification.cases;

import id.infoloker.events.AccountType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one store of verification cases: every read and write of {@code verification_case} goes through here, with the
 * queue's rules from {@link QueueRules}. Intake's writes are upserts guarded in their WHERE clause, so a redelivered
 * event is a no-op and never an error (an error would be retried, then dead-lettered); the staff's transitions go
 * through the locked entity, which refuses what is not allowed.
 */
@Component
public class Cases {

    private final CaseRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    Cases(CaseRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    // ---- intake: open, documents complete, reopen after a revision

    /** The unique account id makes a second event about the same account a no-op. */
    private static final String OPEN = """
            INSERT INTO verification_case (id, account_id, account_type, display_name, kecamatan_code, email, phone,
                                           nik, birth_place, birth_date, sex, education,
                                           company_name, nib, npwp, contact_person,
                                           registered_at, status, opened_at)
            VALUES (:id, :accountId, :accountType, :displayName, :kecamatanCode, :email, :phone,
                    :nik, :birthPlace, :birthDate, :sex, :education,
                    :companyName, :nib, :npwp, :contactPerson, :registeredAt, 'PENDING', :now)
            ON CONFLICT (account_id) DO NOTHING
            """;

    /** Opens the account's case; false if it already has one. */
    public boolean open(UUID caseId, NewCase c, Instant now) {
        return jdbc.update(OPEN, openParameters(caseId, c, now)) == 1;
    }

    /** Opens many cases in one round trip; per case whether it was new (in the order given). */
    public boolean[] openAll(List<UUID> caseIds, List<NewCase> newCases, Instant now) {
        MapSqlParameterSource[] rows = new MapSqlParameterSource[newCases.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = openParameters(caseIds.get(i), newCases.get(i), now);
        }
        int[] counts = jdbc.batchUpdate(OPEN, rows);
        boolean[] opened = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalStateException("No row count for the batch of new cases");
            }
            opened[i] = counts[i] == 1;
        }
        return opened;
    }

    /** How many cases of accounts other than {@code excluded} carry each of these NIKs (the service's own index). */
    public Map<String, Long> countByNik(java.util.Collection<String> niks, java.util.Collection<UUID> excluded) {
        Map<String, Long> counts = new java.util.HashMap<>();
        if (niks.isEmpty()) {
            return counts;
        }
        jdbc.query("SELECT nik, count(*) AS n FROM verification_case WHERE nik IN (:niks)"
                        + " AND account_id NOT IN (:excluded) GROUP BY nik",
                new MapSqlParameterSource().addValue("niks", niks).addValue("excluded", excluded),
                rs -> {
                    counts.put(rs.getString("nik"), rs.getLong("n"));
                });
        return counts;
    }

    /** {@link #recordDocumentsState} for many cases in one round trip. */
    public void recordDocumentsStates(List<UUID> caseIds, List<Boolean> complete, List<Integer> priorities) {
        MapSqlParameterSource[] rows = new MapSqlParameterSource[caseIds.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new MapSqlParameterSource().addValue("complete", complete.get(i))
                    .addValue("priority", priorities.get(i)).addValue("id", caseIds.get(i));
        }
        jdbc.batchUpdate(
                "UPDATE verification_case SET documents_complete = :complete, priority = :priority WHERE id = :id",
                rows);
    }

    private static MapSqlParameterSource openParameters(UUID caseId, NewCase c, Instant now) {
        return new MapSqlParameterSource()
                .addValue("id", caseId).addValue("accountId", c.accountId())
                .addValue("accountType", c.accountType().name()).addValue("displayName", c.displayName())
                .addValue("kecamatanCode", c.kecamatanCode()).addValue("email", c.email())
                .addValue("phone", c.phone()).addValue("nik", c.nik()).addValue("birthPlace", c.birthPlace())
                .addValue("birthDate", c.birthDate() == null ? null : Date.valueOf(c.birthDate()))
                .addValue("sex", c.sex()).addValue("education", c.education())
                .addValue("companyName", c.companyName()).addValue("nib", c.nib()).addValue("npwp", c.npwp())
                .addValue("contactPerson", c.contactPerson())
                .addValue("registeredAt", Timestamp.from(c.registeredAt())).addValue("now", Timestamp.from(now));
    }

    /** The account's open-or-decided case as intake needs it: id and type; empty before the registration arrived. */
    public Optional<CaseKey> keyOf(UUID accountId) {
        return jdbc.query("SELECT id, account_type FROM verification_case WHERE account_id = :accountId",
                        new MapSqlParameterSource("accountId", accountId),
                        (rs, row) -> new CaseKey(rs.getObject("id", UUID.class),
                                AccountType.valueOf(rs.getString("account_type"))))
                .stream().findFirst();
    }

    public record CaseKey(UUID caseId, AccountType accountType) {
    }

    /** Whether every required document is in (only then is the case offered) and its priority in the queue. */
    public void recordDocumentsState(UUID caseId, boolean documentsComplete, int priority) {
        jdbc.update("UPDATE verification_case SET documents_complete = :complete, priority = :priority WHERE id = :id",
                new MapSqlParameterSource().addValue("complete", documentsComplete).addValue("priority", priority)
                        .addValue("id", caseId));
    }

    /**
     * A new submission answers a revision request: back to the queue at the original registration time, so the
     * person does not queue again behind everyone who registered after them. Only a case decided with
     * REVISION_REQUESTED is reopened; returns whether it was.
     */
    public boolean reopenAfterRevision(UUID accountId, Instant now) {
        return jdbc.update("""
                UPDATE verification_case
                SET status = 'PENDING', claimed_by = NULL, lease_expires_at = NULL,
                    outcome = NULL, decided_by = NULL, decided_at = NULL, opened_at = :now
                WHERE account_id = :accountId AND status = 'DECIDED' AND outcome = 'REVISION_REQUESTED'
                """, new MapSqlParameterSource().addValue("now", Timestamp.from(now))
                .addValue("accountId", accountId)) == 1;
    }

    /**
     * An identity correction: the case takes the corrected values and goes back to the queue at its original
     * registration time, whatever its state (a verifier holding it was looking at the old values, so the claim
     * ends). The values before it are kept in {@code case_correction} for the verifier to compare.
     *
     * @return the case's id, or empty if the account has no case yet
     */
    public Optional<UUID> reopenForCorrection(UUID accountId, CaseCorrection before, String fullName, String nik,
                                              String birthPlace, java.time.LocalDate birthDate, String sex,
                                              Instant now) {
        List<UUID> ids = jdbc.queryForList("""
                UPDATE verification_case
                SET display_name = :fullName, nik = :nik, birth_place = :birthPlace, birth_date = :birthDate,
                    sex = :sex, status = 'PENDING', claimed_by = NULL, lease_expires_at = NULL,
                    outcome = NULL, decided_by = NULL, decided_at = NULL, opened_at = :now
                WHERE account_id = :accountId
                RETURNING id
                """, new MapSqlParameterSource().addValue("fullName", fullName).addValue("nik", nik)
                .addValue("birthPlace", birthPlace).addValue("birthDate", Date.valueOf(birthDate))
                .addValue("sex", sex).addValue("now", Timestamp.from(now)).addValue("accountId", accountId),
                UUID.class);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        UUID caseId = ids.get(0);
        jdbc.update("""
                INSERT INTO case_correction (case_id, account_id, reason_code, previous_name, previous_nik,
                                             previous_birth_place, previous_birth_date, previous_sex, requested_at)
                VALUES (:caseId, :accountId, :reasonCode, :name, :nik, :birthPlace, :birthDate, :sex, :requestedAt)
                ON CONFLICT (case_id) DO UPDATE
                SET reason_code = excluded.reason_code, previous_name = excluded.previous_name,
                    previous_nik = excluded.previous_nik, previous_birth_place = excluded.previous_birth_place,
                    previous_birth_date = excluded.previous_birth_date, previous_sex = excluded.previous_sex,
                    requested_at = excluded.requested_at
                """, new MapSqlParameterSource().addValue("caseId", caseId).addValue("accountId", accountId)
                .addValue("reasonCode", before.reasonCode()).addValue("name", before.previousName())
                .addValue("nik", before.previousNik()).addValue("birthPlace", before.previousBirthPlace())
                .addValue("birthDate", before.previousBirthDate() == null ? null
                        : Date.valueOf(before.previousBirthDate()))
                .addValue("sex", before.previousSex()).addValue("requestedAt", Timestamp.from(before.requestedAt())));
        return Optional.of(caseId);
    }

    /** The correction that reopened the case, if any. */
    public Optional<CaseCorrection> correctionOf(UUID caseId) {
        return jdbc.query("SELECT * FROM case_correction WHERE case_id = :caseId",
                new MapSqlParameterSource("caseId", caseId), (rs, row) -> new CaseCorrection(
                        rs.getString("reason_code"), rs.getString("previous_name"), rs.getString("previous_nik"),
                        rs.getString("previous_birth_place"),
                        rs.getDate("previous_birth_date") == null ? null
                                : rs.getDate("previous_birth_date").toLocalDate(),
                        rs.getString("previous_sex"), rs.getTimestamp("requested_at").toInstant()))
                .stream().findFirst();
    }

    /**
     * Erasure: an open case is withdrawn (never claimable, outside every count and estimate), and every case of the
     * account loses its personal fields and takes {@code pseudonym} instead of the account id. Kecamatan, type and
     * times stay for the office's statistics. Returns the cases changed.
     */
    public List<UUID> withdrawAndPseudonymise(UUID accountId, UUID pseudonym) {
        return jdbc.queryForList("""
                UPDATE verification_case
                SET status = CASE WHEN status IN ('PENDING', 'CLAIMED') THEN 'WITHDRAWN' ELSE status END,
                    account_id = :pseudonym, claimed_by = NULL, lease_expires_at = NULL, documents_complete = false,
                    display_name = NULL, email = NULL, phone = NULL, nik = NULL, birth_place = NULL,
                    birth_date = NULL, sex = NULL, education = NULL, company_name = NULL, nib = NULL, npwp = NULL,
                    contact_person = NULL
                WHERE account_id = :accountId
                RETURNING id
                """, new MapSqlParameterSource().addValue("accountId", accountId).addValue("pseudonym", pseudonym),
                UUID.class);
    }

    /** Other accounts' cases with this NIK (the service's own index). */
    public long countOthersWithNik(String nik, UUID accountId) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM verification_case WHERE nik = :nik AND account_id <> :accountId",
                new MapSqlParameterSource().addValue("nik", nik).addValue("accountId", accountId), Long.class);
        return count == null ? 0 : count;
    }

    // ---- staff: claim, release, decide (through the locked entity)

    public VerificationCase get(UUID id) {
        return repository.findById(id).orElseThrow(CaseRefusals::notFound);
    }

    /** Locked until the transaction ends, so a colleague cannot claim it from an expiring lease meanwhile. */
    public VerificationCase lock(UUID id) {
        return repository.findByIdForUpdate(id).orElseThrow(CaseRefusals::notFound);
    }

    /**
     * The verifier's live claim, else the queue's head, locked ({@code SKIP LOCKED}: many verifiers claim at once
     * without waiting for or getting each other's case). Call inside a transaction.
     *
     * <p>One verifier's claims are serialised first by a transaction-scoped advisory lock on the verifier's id: without
     * it, parallel calls by the same verifier (double clicks, several tabs) all see "no live claim" in their own
     * snapshot and each skip-locks a different head, so one verifier held several cases. Behind the lock, the next
     * statement (READ COMMITTED) sees the claim the previous call committed and returns that case.
     */
    public Optional<VerificationCase> lockNextFor(UUID verifier, Instant now) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))",
                new MapSqlParameterSource("key", "claim-next:" + verifier), rows -> null);
        return repository.findLiveClaimOf(verifier, now).or(() -> repository.lockNextClaimable(now));
    }

    // ---- queue reads

    public Optional<VerificationCase> findByAccountId(UUID accountId) {
        return repository.findByAccountId(accountId);
    }

    /** Cases in queue order, optionally of one status. */
    public Slice<VerificationCase> page(CaseStatus status, int page, int size) {
        PageRequest request = PageRequest.of(page, size, QueueRules.SORT);
        return status == null ? repository.findAllBy(request) : repository.findByStatus(status, request);
    }

    /** 1 + the claimable cases claim-next would offer before this one. */
    public long positionOf(VerificationCase c, Instant now) {
        Long ahead = jdbc.queryForObject("SELECT count(*) FROM verification_case WHERE " + QueueRules.CLAIMABLE
                        + " AND " + QueueRules.AHEAD_OF,
                new MapSqlParameterSource().addValue("now", Timestamp.from(now)).addValue("priority", c.priority())
                        .addValue("registeredAt", Timestamp.from(c.registeredAt())).addValue("id", c.id()),
                Long.class);
        return 1 + (ahead == null ? 0 : ahead);
    }

    /** Waiting (claimable), awaiting documents and live claims, per account type. */
    public Map<AccountType, Depth> depthByType(Instant now) {
        Map<AccountType, Depth> depth = new EnumMap<>(AccountType.class);
        jdbc.query("SELECT account_type,"
                        + " count(*) FILTER (WHERE " + QueueRules.CLAIMABLE + ") AS waiting,"
                        + " count(*) FILTER (WHERE " + QueueRules.AWAITING_DOCUMENTS + ") AS awaiting_documents,"
                        + " count(*) FILTER (WHERE " + QueueRules.LIVE_CLAIM + ") AS claimed"
                        + " FROM verification_case WHERE status IN ('PENDING', 'CLAIMED') GROUP BY account_type",
                new MapSqlParameterSource("now", Timestamp.from(now)),
                rs -> {
                    depth.put(AccountType.valueOf(rs.getString("account_type")), new Depth(rs.getLong("waiting"),
                            rs.getLong("awaiting_documents"), rs.getLong("claimed")));
                });
        return depth;
    }

    /** Registration time of the claimable case that has waited longest; empty when none waits. */
    public Optional<Instant> oldestWaitingSince(Instant now) {
        Timestamp oldest = jdbc.queryForObject("SELECT min(registered_at) FROM verification_case WHERE "
                + QueueRules.CLAIMABLE, new MapSqlParameterSource("now", Timestamp.from(now)), Timestamp.class);
        return Optional.ofNullable(oldest).map(Timestamp::toInstant);
    }

    /** Open and decided cases whose name starts with (or contains) {@code text}, queue order, at most {@code limit}. */
    public List<VerificationCase> searchByName(String text, int limit) {
        return repository.searchByName("%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%", PageRequest.of(0, limit, QueueRules.SORT));
    }

    /** The case with exactly this NIK (only for those allowed to search by NIK). */
    public List<VerificationCase> searchByNik(String nik, int limit) {
        return repository.findByNik(nik, PageRequest.of(0, limit, QueueRules.SORT));
    }

    /** @param waiting claimable; @param claimed live claims; @param awaitingDocuments open, missing a document */
    public record Depth(long waiting, long awaitingDocuments, long claimed) {
        public static final Depth NONE = new Depth(0, 0, 0);
    }
}
