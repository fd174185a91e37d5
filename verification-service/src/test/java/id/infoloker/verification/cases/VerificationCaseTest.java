package id.infoloker.verification.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.infoloker.events.AccountType;
import id.infoloker.events.VerificationOutcome;
import id.infoloker.kit.problem.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationCaseTest {

    private final Instant now = Instant.parse("2026-12-06T02:00:00Z");
    private final Instant leaseEnd = now.plus(Duration.ofMinutes(10));
    private final UUID siti = UUID.randomUUID();
    private final UUID budi = UUID.randomUUID();

    private VerificationCase complete() {
        return new VerificationCase(UUID.randomUUID(), UUID.randomUUID(), AccountType.JOB_SEEKER, now, true);
    }

    @Test
    void claimReleaseClaimDecide() {
        VerificationCase c = complete();
        assertThat(c.isClaimableAt(now)).isTrue();

        c.claim(siti, now, leaseEnd);
        assertThat(c.isClaimableAt(now)).isFalse();
        c.release(siti, now);
        assertThat(c.status()).isEqualTo(CaseStatus.PENDING);
        c.claim(budi, now, leaseEnd);
        c.decide(VerificationOutcome.APPROVED, budi, now.plusSeconds(30));

        assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(c.claimedBy()).isNull();
    }

    @Test
    void aCaseMissingDocumentsIsNeitherClaimedNorAssigned() {
        VerificationCase waiting = new VerificationCase(UUID.randomUUID(), UUID.randomUUID(), AccountType.EMPLOYER,
                now, false);

        assertRefused(() -> waiting.claim(siti, now, leaseEnd), "case-not-claimable");
        assertRefused(() -> waiting.assignTo(siti, leaseEnd), "case-not-claimable");
    }

    @Test
    void aColleaguesLiveClaimIsNotTakenButAnExpiredOneIs() {
        VerificationCase c = complete();
        c.claim(siti, now, leaseEnd);

        assertRefused(() -> c.claim(budi, now.plusSeconds(60), leaseEnd), "case-not-claimable");
        assertRefused(() -> c.release(budi, now), "case-not-claimed");
        assertRefused(() -> c.decide(VerificationOutcome.APPROVED, budi, now), "case-not-claimed");

        c.claim(budi, leaseEnd, leaseEnd.plus(Duration.ofMinutes(10)));
        assertThat(c.claimedBy()).isEqualTo(budi);
        assertRefused(() -> c.decide(VerificationOutcome.APPROVED, siti, leaseEnd), "case-not-claimed");
    }

    @Test
    void aDecidedCaseIsNotClaimedReleasedDecidedOrAssignedAgain() {
        VerificationCase c = complete();
        c.claim(siti, now, leaseEnd);
        c.decide(VerificationOutcome.REJECTED, siti, now);

        assertRefused(() -> c.claim(siti, now, leaseEnd), "case-not-claimable");
        assertRefused(() -> c.release(siti, now), "case-not-claimed");
        assertRefused(() -> c.decide(VerificationOutcome.APPROVED, siti, now), "case-not-claimed");
        assertRefused(() -> c.assignTo(budi, leaseEnd), "case-not-claimable");
    }

    @Test
    void anAdminAssignsEvenAColleaguesCase() {
        VerificationCase c = complete();
        c.claim(siti, now, leaseEnd);

        c.assignTo(budi, leaseEnd);

        assertThat(c.currentClaim().isHeldBy(budi, now)).isTrue();
        assertThat(c.currentClaim().isHeldBy(siti, now)).isFalse();
    }

    private static void assertRefused(Runnable transition, String code) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
