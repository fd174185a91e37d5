package id.infoloker.kit.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies every {@link RetentionRule} of the service, hourly by default ({@code infoloker.retention.cron}). Rules are
 * idempotent deletes by age, so several instances running the job at once only repeat empty work. A failing rule is
 * logged and the next one still runs.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final Clock clock;

    public RetentionJob(List<RetentionRule> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(cron = "${infoloker.retention.cron:0 17 * * * *}")
    public void runScheduled() {
        applyAll();
    }

    /** Applies each rule now; how many rows each removed. */
    public Map<String, Integer> applyAll() {
        Instant now = clock.instant();
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            try {
                int count = rule.apply(now);
                removed.put(rule.name(), count);
                if (count > 0) {
                    log.info("Retention {}: {} row(s) past their retention removed", rule.name(), count);
                }
            } catch (RuntimeException e) {
                log.warn("Retention {} failed ({}); it runs again next time", rule.name(), e.getClass().getName());
            }
        }
        return removed;
    }
}
