package id.infoloker.account.accounts;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An account of any type: who can sign in, with which roles, and where it stands in verification. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private AccountType type;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private String displayName;
    private String email;
    private String phone;
    private String passwordHash;
    private String preferredLanguage;
    private String statusReasonCode;
    private String statusNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> documentsToRedo = new ArrayList<>();

    private Instant statusChangedAt;
    private Instant statusDecidedAt;
    private Instant createdAt;

    /** Set by an ADMIN's password reset: the temporary password must be replaced at the next sign-in. */
    private boolean mustChangePassword;

    /** Optimistic lock; a null version also tells Spring Data that a new account is to be inserted, not merged. */
    @Version
    private Long version;

    protected Account() {
    }

    private Account(UUID id, AccountType type, AccountStatus status, String displayName, String email, String phone,
                    String passwordHash, String preferredLanguage, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type);
        this.status = Objects.requireNonNull(status);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = Objects.requireNonNull(email);
        this.phone = phone;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.preferredLanguage = preferredLanguage == null ? "id" : preferredLanguage;
        this.statusChangedAt = now;
        this.createdAt = now;
    }

    /** A job seeker who just registered: waits for a verifier. */
    public static Account jobSeeker(UUID id, String fullName, String email, String phone, String passwordHash,
                                    String preferredLanguage, Instant now) {
        return new Account(id, AccountType.JOB_SEEKER, AccountStatus.PENDING_VERIFICATION, fullName, email, phone,
                passwordHash, preferredLanguage, now);
    }

    /** An employer who just registered: waits for a verifier like a job seeker does. */
    public static Account employer(UUID id, String companyName, String email, String phone, String passwordHash,
                                   String preferredLanguage, Instant now) {
        return new Account(id, AccountType.EMPLOYER, AccountStatus.PENDING_VERIFICATION, companyName, email, phone,
                passwordHash, preferredLanguage, now);
    }

    /** Office staff (VERIFIER, ADMIN) are trusted by whoever created them: verified from the start. */
    public static Account staff(UUID id, AccountType type, String name, String email, String passwordHash,
                                Instant now) {
        if (type != AccountType.VERIFIER && type != AccountType.ADMIN) {
            throw new IllegalArgumentException("Not a staff type: " + type);
        }
        return new Account(id, type, AccountStatus.VERIFIED, name, email, null, passwordHash, "id", now);
    }

    /**
     * Moves the account to the status a verification decision leads to, keeping the reason, note and documents to
     * redo that explain it.
     *
     * @return the status before the change
     */
    public AccountStatus applyDecision(AccountStatus newStatus, String reasonCode, String note,
                                       List<String> documentsToRedo, Instant decidedAt, Instant now) {
        AccountStatus previous = this.status;
        this.status = newStatus;
        this.statusReasonCode = reasonCode;
        this.statusNote = note;
        this.documentsToRedo = documentsToRedo == null ? new ArrayList<>() : new ArrayList<>(documentsToRedo);
        this.statusDecidedAt = decidedAt;
        this.statusChangedAt = now;
        return previous;
    }

    /**
     * The documents asked for in a revision were submitted again: back to the verifier's queue. The verifier's
     * reason, note and list of documents to redo are answered, so they go.
     *
     * @return the status before the change
     */
    public AccountStatus resubmitted(Instant now) {
        if (status != AccountStatus.REVISION_REQUESTED) {
            throw new IllegalStateException("Only an account asked for a revision re-submits, not " + status);
        }
        AccountStatus previous = this.status;
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.statusReasonCode = null;
        this.statusNote = null;
        this.documentsToRedo = new ArrayList<>();
        this.statusChangedAt = now;
        return previous;
    }

    /** A new password (reset by code, or changed by the signed-in owner); the caller checked the password policy. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    /** A new e-mail address, confirmed with a code sent to it; normalised by the caller (unique key). */
    public void changeEmail(String normalisedEmail) {
        this.email = Objects.requireNonNull(normalisedEmail);
    }

    /** A new phone number (E.164), confirmed with a code sent to it. */
    public void changePhone(String normalisedPhone) {
        this.phone = Objects.requireNonNull(normalisedPhone);
    }

    /**
     * The owner asked to correct identity data ("koreksi data"): a verifier must look again, so the account waits in
     * verification whatever it was, the reason saying why. Only accounts a verifier has seen or is seeing may ask.
     *
     * @return the status before the change
     */
    public AccountStatus identityCorrectionRequested(String reasonCode, Instant now) {
        if (status == AccountStatus.SUSPENDED || status == AccountStatus.ERASED) {
            throw new IllegalStateException("A " + status + " account cannot ask for a correction");
        }
        AccountStatus previous = this.status;
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.statusReasonCode = Objects.requireNonNull(reasonCode);
        this.statusNote = null;
        this.documentsToRedo = new ArrayList<>();
        this.statusChangedAt = now;
        return previous;
    }

    /** The approved correction of the name (the identity data live in the profile). */
    public void correctDisplayName(String fullName) {
        this.displayName = Objects.requireNonNull(fullName);
    }

    /**
     * Erasure (UU PDP): the row stays, so the id other services hold and late events still resolve to "erased", but
     * nothing in it identifies the person any more. The e-mail becomes a placeholder that keeps the unique key and
     * frees the address for a new registration; the password hash can match no password.
     *
     * @return the status before the change
     */
    public AccountStatus erase(Instant now) {
        AccountStatus previous = this.status;
        this.status = AccountStatus.ERASED;
        this.displayName = "";
        this.email = "erased+" + id + "@erased.invalid";
        this.phone = null;
        this.passwordHash = "{bcrypt}erased";
        this.statusReasonCode = null;
        this.statusNote = null;
        this.documentsToRedo = new ArrayList<>();
        this.statusChangedAt = now;
        return previous;
    }

    /**
     * An ADMIN disables a staff account (a compromised or departed colleague): it signs in no more.
     *
     * @return the status before the change
     */
    public AccountStatus disableStaff(Instant now) {
        requireStaff();
        if (status != AccountStatus.VERIFIED) {
            throw new IllegalStateException("Only an active staff account is disabled, not " + status);
        }
        AccountStatus previous = status;
        this.status = AccountStatus.SUSPENDED;
        this.statusChangedAt = now;
        return previous;
    }

    /** @return the status before the change */
    public AccountStatus enableStaff(Instant now) {
        requireStaff();
        if (status != AccountStatus.SUSPENDED) {
            throw new IllegalStateException("Only a disabled staff account is enabled, not " + status);
        }
        AccountStatus previous = status;
        this.status = AccountStatus.VERIFIED;
        this.statusChangedAt = now;
        return previous;
    }

    /** VERIFIER to ADMIN or back; staff never become job seekers or employers, nor the reverse. */
    public void changeStaffRole(AccountType newType) {
        requireStaff();
        if (newType != AccountType.VERIFIER && newType != AccountType.ADMIN) {
            throw new IllegalArgumentException("Not a staff type: " + newType);
        }
        this.type = newType;
    }

    /** An ADMIN's reset: a temporary password, to be replaced at the next sign-in. */
    public void resetStaffPassword(String temporaryPasswordHash) {
        requireStaff();
        this.passwordHash = Objects.requireNonNull(temporaryPasswordHash);
        this.mustChangePassword = true;
    }

    /** The account's own new password; a temporary one is thereby replaced. */
    public void replacePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    private void requireStaff() {
        if (!isStaff()) {
            throw new IllegalStateException("Not a staff account: " + type);
        }
    }

    public boolean isStaff() {
        return type == AccountType.VERIFIER || type == AccountType.ADMIN;
    }

    public UUID id() {
        return id;
    }

    public AccountType type() {
        return type;
    }

    public AccountStatus status() {
        return status;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String statusReasonCode() {
        return statusReasonCode;
    }

    public String statusNote() {
        return statusNote;
    }

    public List<String> documentsToRedo() {
        return documentsToRedo == null ? List.of() : List.copyOf(documentsToRedo);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant statusDecidedAt() {
        return statusDecidedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
