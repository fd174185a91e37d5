package id.infoloker.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationStatusTest {

    private static final StatusApi.MyAccount PENDING = account("PENDING_VERIFICATION");

    @Test
    void theEstimateReadsInMinutesThenHoursThenDays() {
        assertThat(waiting(45L).waitTime()).isEqualTo(new VerificationStatus.WaitTime(45, "minutes"));
        assertThat(waiting(61L).waitTime()).isEqualTo(new VerificationStatus.WaitTime(2, "hours"));
        assertThat(waiting(3 * 24 * 60L).waitTime()).isEqualTo(new VerificationStatus.WaitTime(3, "days"));
        assertThat(waiting(null).waitTime()).isNull();
    }

    @Test
    void aSuspensionOnlyAccountServiceKnowsWinsOverTheVerification() {
        VerificationStatus status = VerificationStatus.of(account("SUSPENDED"),
                Optional.of(verification("APPROVED", null)), List.of());

        assertThat(status.status()).isEqualTo("SUSPENDED");
    }

    @Test
    void withoutACaseTheAccountsStatusDecides() {
        assertThat(VerificationStatus.of(account("VERIFIED"), Optional.empty(), List.of()).status())
                .isEqualTo("APPROVED");
        assertThat(VerificationStatus.of(PENDING, Optional.empty(), List.of()).status())
                .isEqualTo("AWAITING_DOCUMENTS");
    }

    @Test
    void aJobSeekerNeedsFourDocumentsAndKnowsWhichAreUploaded() {
        VerificationStatus status = VerificationStatus.of(PENDING, Optional.empty(),
                List.of(new StatusApi.Document(UUID.randomUUID(), "KTP", null)));

        assertThat(status.documents()).containsExactly(new VerificationStatus.RequiredDocument("KTP", true),
                new VerificationStatus.RequiredDocument("IJAZAH", false),
                new VerificationStatus.RequiredDocument("CV", false),
                new VerificationStatus.RequiredDocument("PAS_FOTO", false));
        assertThat(status.allUploaded()).isFalse();
    }

    private static VerificationStatus waiting(Long minutes) {
        return VerificationStatus.of(PENDING, Optional.of(verification("AWAITING_VERIFICATION", minutes)), List.of());
    }

    private static StatusApi.MyVerification verification(String status, Long minutes) {
        return new StatusApi.MyVerification(status, "JOB_SEEKER", List.of(), 3L, false,
                new StatusApi.Estimate(minutes, "basis"), null, null, null, List.of(), null);
    }

    private static StatusApi.MyAccount account(String status) {
        return new StatusApi.MyAccount(UUID.randomUUID(), "JOB_SEEKER", status, null, null, List.of(), null, null);
    }
}
