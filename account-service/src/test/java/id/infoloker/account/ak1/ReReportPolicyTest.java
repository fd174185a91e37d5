package id.infoloker.account.ak1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReReportPolicyTest {

    private final LocalDate issued = LocalDate.of(2026, 12, 6);
    private final Ak1Card card = Ak1Card.issue(UUID.randomUUID(), "3215-2026-000001", "ABCDEFGHJKLMNPQR", "S. N.",
            issued);

    @Test
    void theCardHasThreeReReportDatesSixMonthsApartWithinItsTwoYears() {
        assertThat(card.reportDueDates()).containsExactly(LocalDate.of(2027, 6, 6), LocalDate.of(2027, 12, 6),
                LocalDate.of(2028, 6, 6));
        assertThat(card.validUntil()).isEqualTo(LocalDate.of(2028, 12, 6));
    }

    @Test
    void theWindowOpensTwoWeeksEarlyAndEachPeriodIsTakenOnce() {
        assertThat(ReReportPolicy.decide(card, Set.of(), LocalDate.of(2027, 5, 22)))
                .isInstanceOf(ReReportPolicy.Decision.NotDueYet.class);
        assertThat(ReReportPolicy.decide(card, Set.of(), LocalDate.of(2027, 5, 23)))
                .isEqualTo(new ReReportPolicy.Decision.Accept(1));
        assertThat(ReReportPolicy.decide(card, Set.of(1), LocalDate.of(2027, 7, 1)))
                .isInstanceOf(ReReportPolicy.Decision.AlreadyReported.class);
        // A holder who missed period 1 reports for the period open now, not for the past one.
        assertThat(ReReportPolicy.decide(card, Set.of(), LocalDate.of(2027, 12, 1)))
                .isEqualTo(new ReReportPolicy.Decision.Accept(2));
    }

    @Test
    void aRevokedOrExpiredCardCannotBeReReported() {
        assertThat(ReReportPolicy.decide(card, Set.of(), LocalDate.of(2028, 12, 7)))
                .isInstanceOf(ReReportPolicy.Decision.CardNotValid.class);
        card.revoke(Ak1Card.RevocationReason.VERIFICATION_REVERSED, Instant.now());
        assertThat(ReReportPolicy.decide(card, Set.of(), LocalDate.of(2027, 6, 6)))
                .isInstanceOf(ReReportPolicy.Decision.CardNotValid.class);
    }

    @Test
    void initialsAreTheFirstLetterOfEachName() {
        assertThat(Ak1Cards.initialsOf("Siti Nurhaliza")).isEqualTo("S. N.");
        assertThat(Ak1Cards.initialsOf("  ade   'irma  suryani ")).isEqualTo("A. I. S.");
        assertThat(Ak1Cards.initialsOf(null)).isNull();
    }
}
