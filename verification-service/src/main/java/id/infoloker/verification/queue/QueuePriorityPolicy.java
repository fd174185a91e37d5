package id.infoloker.verification.queue;

import id.infoloker.events.AccountType;
import id.infoloker.verification.checks.Verdict;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * A case's place in the queue beyond "oldest first": the sum of the boosts of the configured rules it matches.
 * Higher goes first; equal priorities keep registration order. Cases without every required document are not in
 * the queue at all, so "complete cases first" holds whatever the rules say.
 */
@Component
public class QueuePriorityPolicy {

    private final QueueProperties properties;

    public QueuePriorityPolicy(QueueProperties properties) {
        this.properties = properties;
    }

    public int priorityOf(AccountType type, Collection<Verdict> checks) {
        int priority = 0;
        for (QueueProperties.PriorityRule rule : properties.priority()) {
            if (rule.when() != null && matches(rule.when(), type, checks)) {
                priority += rule.boost();
            }
        }
        return priority;
    }

    private static boolean matches(PriorityCondition condition, AccountType type, Collection<Verdict> checks) {
        return switch (condition) {
            case EMPLOYER -> type == AccountType.EMPLOYER;
            case JOB_SEEKER -> type == AccountType.JOB_SEEKER;
            case ALL_CHECKS_PASS -> checks.stream().allMatch(verdict -> verdict == Verdict.PASS);
            case HAS_WARNING -> checks.contains(Verdict.WARN);
            case HAS_FAILURE -> checks.contains(Verdict.FAIL);
        };
    }
}
