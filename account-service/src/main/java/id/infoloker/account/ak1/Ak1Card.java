package id.infoloker.account.ak1;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * An AK/1 card ("kartu tanda bukti pendaftaran pencari kerja"). Valid two years from issue; the holder re-reports
 * ("lapor") every six months, so a card has three re-report dates. A card is revoked when its holder erases the
 * account or loses their verification; a revoked card stays (without its holder) so its QR code answers "tidak
 * berlaku".
 */
@Entity
@Table(name = "ak1_card")
public class Ak1Card {

    public enum Status { ACTIVE, REVOKED }

    /** Reasons a card stops being valid before its time. */
    public enum RevocationReason { ACCOUNT_ERASED, VERIFICATION_REVERSED }

    static final int VALID_MONTHS = 24;
    static final int REPORT_EVERY_MONTHS = 6;
    /** Re-report periods within the validity: at 6, 12 and 18 months (at 24 the card ends). */
    static final int REPORT_PERIODS = VALID_MONTHS / REPORT_EVERY_MONTHS - 1;

    @Id
    private UUID id;
    private UUID accountId;
    private String number;
    private String verificationCode;
    private String holderInitials;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private RevocationReason revokedReason;
    private Instant revokedAt;
    @Version
    private Long version;

    protected Ak1Card() {
    }

    static Ak1Card issue(UUID accountId, String number, String verificationCode, String holderInitials,
                         LocalDate issuedOn) {
        Ak1Card card = new Ak1Card();
        card.id = UUID.randomUUID();
        card.accountId = Objects.requireNonNull(accountId);
        card.number = Objects.requireNonNull(number);
        card.verificationCode = Objects.requireNonNull(verificationCode);
        card.holderInitials = holderInitials;
        card.issuedOn = Objects.requireNonNull(issuedOn);
        card.validUntil = issuedOn.plusMonths(VALID_MONTHS);
        card.status = Status.ACTIVE;
        return card;
    }

    /**
     * Ends the card. After an erasure nothing links the card to a person any more: the account id and the initials go,
     * the number and the public code stay so a scan says the card is no longer valid.
     *
     * @return false if the card was already revoked
     */
    boolean revoke(RevocationReason reason, Instant now) {
        if (status == Status.REVOKED) {
            if (reason == RevocationReason.ACCOUNT_ERASED) {
                forgetHolder();
            }
            return false;
        }
        status = Status.REVOKED;
        revokedReason = reason;
        revokedAt = now;
        if (reason == RevocationReason.ACCOUNT_ERASED) {
            forgetHolder();
        }
        return true;
    }

    private void forgetHolder() {
        accountId = null;
        holderInitials = null;
    }

    public boolean isValidOn(LocalDate day) {
        return status == Status.ACTIVE && !day.isAfter(validUntil);
    }

    /** The day re-report {@code period} (1..3) is due. */
    public LocalDate reportDueOn(int period) {
        if (period < 1 || period > REPORT_PERIODS) {
            throw new IllegalArgumentException("No re-report period " + period);
        }
        return issuedOn.plusMonths((long) REPORT_EVERY_MONTHS * period);
    }

    public List<LocalDate> reportDueDates() {
        return IntStream.rangeClosed(1, REPORT_PERIODS).mapToObj(this::reportDueOn).toList();
    }

    /** The latest period whose re-report window has opened on {@code day}, if any. */
    Optional<Integer> openPeriodOn(LocalDate day, int daysEarly) {
        for (int period = REPORT_PERIODS; period >= 1; period--) {
            if (!day.isBefore(reportDueOn(period).minusDays(daysEarly))) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String number() {
        return number;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public String holderInitials() {
        return holderInitials;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Status status() {
        return status;
    }

    public RevocationReason revokedReason() {
        return revokedReason;
    }
}
