package id.infoloker.verification.cases;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data's half of {@link Cases}; other features go through {@link Cases}. */
public interface CaseRepository extends JpaRepository<VerificationCase, UUID> {

    /**
     * Locks the queue's head: a case with every required document, pending or claimed with an expired lease,
     * highest priority first, then oldest registration. {@code SKIP LOCKED} lets many verifiers claim at once without
     * waiting on, or getting, each other's case. Call inside a transaction.
     */
    @Query(value = "SELECT * FROM verification_case WHERE " + QueueRules.CLAIMABLE
            + " ORDER BY " + QueueRules.ORDER + " LIMIT 1 FOR UPDATE SKIP LOCKED", nativeQuery = true)
    Optional<VerificationCase> lockNextClaimable(@Param("now") Instant now);

    /** The case {@code verifier} already holds, if the claim is still live. */
    @Query("""
            SELECT c FROM VerificationCase c
            WHERE c.status = id.infoloker.verification.cases.CaseStatus.CLAIMED
              AND c.claimedBy = :verifier AND c.leaseExpiresAt > :now
            ORDER BY c.registeredAt
            LIMIT 1
            """)
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<VerificationCase> findLiveClaimOf(@Param("verifier") UUID verifier, @Param("now") Instant now);

    @Query("SELECT c FROM VerificationCase c WHERE c.id = :id")
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<VerificationCase> findByIdForUpdate(@Param("id") UUID id);

    Optional<VerificationCase> findByAccountId(UUID accountId);

    Slice<VerificationCase> findByStatus(CaseStatus status, Pageable page);

    Slice<VerificationCase> findAllBy(Pageable page);

    @Query("SELECT c FROM VerificationCase c WHERE lower(c.displayName) LIKE :pattern ESCAPE '\\'")
    List<VerificationCase> searchByName(@Param("pattern") String pattern, Pageable page);

    List<VerificationCase> findByNik(String nik, Pageable page);
}
