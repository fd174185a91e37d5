package id.infoloker.benchmarks.drills;

import id.infoloker.events.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drill 5: one poison record (not JSON) on every consumed topic. Each must land on its {@code .dlt}, and every consumer
 * group of that topic must move past it: its lag returns to 0.
 */
final class PoisonRecordsDrill {

    /** Every topic some service consumes, with the consumer groups (spring.application.name) that subscribe to it. */
    static final Map<String, List<String>> CONSUMERS = new LinkedHashMap<>();

    static {
        CONSUMERS.put(Topics.ACCOUNT_REGISTERED, List.of("verification-service", "notification-service",
                "vacancy-service"));
        CONSUMERS.put(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, List.of("verification-service"));
        CONSUMERS.put(Topics.VERIFICATION_DECIDED, List.of("account-service"));
        CONSUMERS.put(Topics.ACCOUNT_STATUS_CHANGED, List.of("notification-service", "vacancy-service"));
        CONSUMERS.put(Topics.VACANCY_PUBLISHED, List.of("notification-service"));
        CONSUMERS.put(Topics.APPLICATION_SUBMITTED, List.of("notification-service"));
        CONSUMERS.put(Topics.APPLICATION_STATUS_CHANGED, List.of("notification-service"));
    }

    static DrillResult run(Platform platform) throws Exception {
        System.out.printf("[drill 5] poison records on %d consumed topics%n", CONSUMERS.size());
        Kafka kafka = platform.kafka();
        Map<String, String> keys = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (String topic : CONSUMERS.keySet()) {
            String key = "poison-" + UUID.randomUUID();
            kafka.send(topic, key, "<<not json>> " + key);
            keys.put(topic, key);
        }
        Map<String, Object> perTopic = new LinkedHashMap<>();
        int deadLettered = 0;
        int lagZero = 0;
        for (String topic : CONSUMERS.keySet()) {
            long onDlt = Poll.until(() -> kafka.contains(Topics.deadLetterOf(topic), keys.get(topic)),
                    Duration.ofSeconds(60), Duration.ofMillis(250));
            long lagBack = Poll.until(() -> CONSUMERS.get(topic).stream().allMatch(group -> kafka.lag(group, topic) == 0),
                    Duration.ofSeconds(60), Duration.ofMillis(250));
            deadLettered += onDlt >= 0 ? 1 : 0;
            lagZero += lagBack >= 0 ? 1 : 0;
            perTopic.put(topic, (onDlt >= 0 ? "on " + Topics.deadLetterOf(topic) : "NOT on the .dlt")
                    + ", lag of " + String.join(" + ", CONSUMERS.get(topic)) + (lagBack >= 0 ? " 0" : " NOT 0"));
        }
        long totalMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return DrillResult.named("A poison record on each consumed topic", "benchmarks/drills/run.sh poison")
                .figure("topics", CONSUMERS.size())
                .figure("on their .dlt", deadLettered)
                .figure("topics whose every consumer group is back to lag 0", lagZero)
                .figure("all dead-lettered and lag 0 after (ms)", totalMillis)
                .figure("per topic", perTopic)
                .held(deadLettered == CONSUMERS.size() && lagZero == CONSUMERS.size());
    }

    private PoisonRecordsDrill() {
    }
}
