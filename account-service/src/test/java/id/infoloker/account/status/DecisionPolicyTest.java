package id.infoloker.account.status;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.accounts.Account;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

    private static final Instant T0 = Instant.parse("2026-09-14T03:00:00Z");

    private final DecisionPolicy policy = new DecisionPolicy();

    @Test
    void aPendingAccountTakesAnyOutcome() {
        for (VerificationOutcome outcome : VerificationOutcome.values()) {
            assertThat(policy.evaluate(pending(), decided(outcome, T0))).isEqualTo(DecisionPolicy.Verdict.APPLY);
        }
    }

    @Test
    void anOlderDecisionArrivingLateIsIgnored() {
        Account account = pending();
        account.applyDecision(AccountStatus.VERIFIED, null, null, List.of(), T0, T0);

        assertThat(policy.evaluate(account, decided(VerificationOutcome.REJECTED, T0.minusSeconds(60))))
                .isEqualTo(DecisionPolicy.Verdict.STALE);
        assertThat(policy.evaluate(account, decided(VerificationOutcome.REJECTED, T0.plusSeconds(60))))
                .isEqualTo(DecisionPolicy.Verdict.APPLY);
    }

    @Test
    void theSameDecisionAgainChangesNothing() {
        Account account = pending();
        account.applyDecision(AccountStatus.VERIFIED, null, null, List.of(), T0, T0);

        assertThat(policy.evaluate(account, decided(VerificationOutcome.APPROVED, T0.plusSeconds(60))))
                .isEqualTo(DecisionPolicy.Verdict.NO_CHANGE);
    }

    @Test
    void staffAccountsAreNotVerified() {
        Account admin = Account.staff(UUID.randomUUID(), AccountType.ADMIN, "Admin", "a@example.id", "{noop}x", T0);

        assertThat(policy.evaluate(admin, decided(VerificationOutcome.REJECTED, T0)))
                .isEqualTo(DecisionPolicy.Verdict.NOT_APPLICABLE);
    }

    @Test
    void outcomesMapToStatuses() {
        assertThat(DecisionPolicy.statusAfter(VerificationOutcome.APPROVED)).isEqualTo(AccountStatus.VERIFIED);
        assertThat(DecisionPolicy.statusAfter(VerificationOutcome.REJECTED)).isEqualTo(AccountStatus.REJECTED);
        assertThat(DecisionPolicy.statusAfter(VerificationOutcome.REVISION_REQUESTED))
                .isEqualTo(AccountStatus.REVISION_REQUESTED);
    }

    private static Account pending() {
        return Account.jobSeeker(UUID.randomUUID(), "Siti", "siti@example.id", "+6281234567890", "{noop}x", "id",
                T0.minusSeconds(3600));
    }

    private static VerificationDecided decided(VerificationOutcome outcome, Instant at) {
        return new VerificationDecided(UUID.randomUUID(), UUID.randomUUID(), outcome,
                outcome == VerificationOutcome.REJECTED ? "DATA_TIDAK_SESUAI" : null, null, List.of(),
                UUID.randomUUID(), at);
    }
}
