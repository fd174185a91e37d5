package id.infoloker.verification.cases;

import id.infoloker.events.AccountType;
import id.infoloker.events.VerificationOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One account waiting for, being given, or having been given a verification decision. Its lifecycle — open, documents
 * complete, reopen after a revision ({@link Cases}, as upserts that ignore redeliveries), claim, release, decide (here,
 * refusing what is not allowed) — has this class and {@link Cases} as its only owners. No {@code toString}: the NIK must
 * never reach a log line.
 */
@Entity
@Table(name = "verification_case")
public class VerificationCase {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, updatable = false)
    private AccountType accountType;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "kecamatan_code")
    private String kecamatanCode;

    /** For the automatic checks to come; never returned by the API, never logged. */
    @Column(name = "nik")
    private String nik;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "claimed_by")
    private UUID claimedBy;

    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private VerificationOutcome outcome;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "birth_place")
    private String birthPlace;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "sex")
    private String sex;

    @Column(name = "education")
    private String education;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "nib")
    private String nib;

    @Column(name = "npwp")
    private String npwp;

    @Column(name = "contact_person")
    private String contactPerson;

    /** How to reach the person; shown to the verifier holding the case, never logged. */
    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    /** Every required document submitted: only then is the case offered to staff. Maintained by intake. */
    @Column(name = "documents_complete", nullable = false)
    private boolean documentsComplete;

    /** Higher first in the queue; maintained by intake from the configured priority rules. */
    @Column(name = "priority", nullable = false)
    private int priority;

    protected VerificationCase() {
    }

    /** An open case as intake leaves it (intake itself writes with an upsert); for the lifecycle's unit tests. */
    VerificationCase(UUID id, UUID accountId, AccountType accountType, Instant registeredAt,
                     boolean documentsComplete) {
        this.id = id;
        this.accountId = accountId;
        this.accountType = accountType;
        this.registeredAt = registeredAt;
        this.openedAt = registeredAt;
        this.status = CaseStatus.PENDING;
        this.documentsComplete = documentsComplete;
    }

    /**
     * Gives the case to {@code verifier} until {@code leaseExpiresAt}: a case in the queue (see
     * {@link #isClaimableAt}), or the verifier's own live claim (renewed). Anything else is refused.
     */
    public void claim(UUID verifier, Instant now, Instant leaseExpiresAt) {
        if (!isClaimableAt(now) && !currentClaim().isHeldBy(verifier, now)) {
            throw CaseRefusals.notClaimable();
        }
        this.status = CaseStatus.CLAIMED;
        this.claimedBy = verifier;
        this.leaseExpiresAt = leaseExpiresAt;
    }

    /** Gives the case back to the queue, at its place; only its holder can, while the lease lasts. */
    public void release(UUID verifier, Instant now) {
        if (!currentClaim().isHeldBy(verifier, now)) {
            throw CaseRefusals.notClaimed();
        }
        this.status = CaseStatus.PENDING;
        this.claimedBy = null;
        this.leaseExpiresAt = null;
    }

    public Claim currentClaim() {
        return new Claim(status, claimedBy, leaseExpiresAt);
    }

    /** Records the decision; only the holder with a live lease decides (the decision policy says so first). */
    public void decide(VerificationOutcome outcome, UUID verifier, Instant at) {
        if (!currentClaim().isHeldBy(verifier, at)) {
            throw CaseRefusals.notClaimed();
        }
        this.status = CaseStatus.DECIDED;
        this.outcome = outcome;
        this.decidedBy = verifier;
        this.decidedAt = at;
        this.claimedBy = null;
        this.leaseExpiresAt = null;
    }

    /**
     * An ADMIN gives the case to {@code verifier} (a colleague's live claim included: the ADMIN decides who works on
     * what). A decided case, or one still missing documents, cannot be assigned.
     */
    public void assignTo(UUID verifier, Instant leaseExpiresAt) {
        if (status == CaseStatus.DECIDED || status == CaseStatus.WITHDRAWN || !documentsComplete) {
            throw CaseRefusals.notClaimable();
        }
        this.status = CaseStatus.CLAIMED;
        this.claimedBy = verifier;
        this.leaseExpiresAt = leaseExpiresAt;
    }

    /** {@link QueueRules#CLAIMABLE} in Java: complete, and pending or with a lease that has run out. */
    public boolean isClaimableAt(Instant now) {
        return documentsComplete && (status == CaseStatus.PENDING
                || (status == CaseStatus.CLAIMED && leaseExpiresAt != null && !leaseExpiresAt.isAfter(now)));
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public AccountType accountType() {
        return accountType;
    }

    public String displayName() {
        return displayName;
    }

    public String kecamatanCode() {
        return kecamatanCode;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public CaseStatus status() {
        return status;
    }

    public UUID claimedBy() {
        return claimedBy;
    }

    public Instant leaseExpiresAt() {
        return leaseExpiresAt;
    }

    public VerificationOutcome outcome() {
        return outcome;
    }

    public UUID decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** Shown only to the verifier holding the case (to compare with the KTP); never logged, never in the API. */
    public String nik() {
        return nik;
    }

    public String birthPlace() {
        return birthPlace;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String sex() {
        return sex;
    }

    public String education() {
        return education;
    }

    public String companyName() {
        return companyName;
    }

    public String nib() {
        return nib;
    }

    public String npwp() {
        return npwp;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean documentsComplete() {
        return documentsComplete;
    }

    public int priority() {
        return priority;
    }
}
