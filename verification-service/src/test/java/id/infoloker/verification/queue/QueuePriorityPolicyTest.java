package id.infoloker.verification.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountType;
import id.infoloker.verification.checks.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueuePriorityPolicyTest {

    @Test
    void withoutRulesEveryCaseHasTheSamePrioritySoTheQueueIsOldestFirst() {
        QueuePriorityPolicy policy = new QueuePriorityPolicy(new QueueProperties(null, null));

        assertThat(policy.priorityOf(AccountType.EMPLOYER, List.of(Verdict.PASS))).isZero();
    }

    @Test
    void theBoostsOfTheMatchingRulesAddUp() {
        QueuePriorityPolicy policy = new QueuePriorityPolicy(new QueueProperties(Duration.ofMinutes(10), List.of(
                new QueueProperties.PriorityRule(PriorityCondition.EMPLOYER, 10),
                new QueueProperties.PriorityRule(PriorityCondition.ALL_CHECKS_PASS, 5),
                new QueueProperties.PriorityRule(PriorityCondition.HAS_FAILURE, -20))));

        assertThat(policy.priorityOf(AccountType.EMPLOYER, List.of(Verdict.PASS, Verdict.PASS))).isEqualTo(15);
        assertThat(policy.priorityOf(AccountType.JOB_SEEKER, List.of(Verdict.PASS, Verdict.WARN))).isZero();
        assertThat(policy.priorityOf(AccountType.JOB_SEEKER, List.of(Verdict.FAIL))).isEqualTo(-20);
    }
}
