package id.infoloker.benchmarks.drills;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Summaries of a load's outcomes: counts by status, latency percentiles, and a per-second timeline. */
final class Outcomes {

    static List<Outcome> sentBetween(List<Outcome> outcomes, long fromMillis, long toMillis) {
        return outcomes.stream().filter(o -> o.sentAtMillis() >= fromMillis && o.sentAtMillis() < toMillis).toList();
    }

    static long count(List<Outcome> outcomes, Predicate<Outcome> which) {
        return outcomes.stream().filter(which).count();
    }

    /** E.g. {@code {"202": 118, "503 database-unavailable": 31}}. */
    static Map<String, Long> byStatus(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::statusLabel, TreeMap::new,
                Collectors.counting()));
    }

    /** Latency percentile in ms (nearest rank), or -1 when there is no outcome. */
    static long latencyPercentile(List<Outcome> outcomes, double quantile) {
        long[] sorted = outcomes.stream().mapToLong(Outcome::latencyMillis).sorted().toArray();
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    static long maxLatency(List<Outcome> outcomes) {
        return Arrays.stream(outcomes.stream().mapToLong(Outcome::latencyMillis).toArray()).max().orElse(-1);
    }

    /** Per second since {@code startMillis} (by send time): sent, accepted, 503, other 5xx or no answer, 4xx. */
    static List<Map<String, Object>> timeline(List<Outcome> outcomes, long startMillis) {
        Map<Long, List<Outcome>> perSecond = outcomes.stream().collect(Collectors.groupingBy(
                o -> (o.sentAtMillis() - startMillis) / 1000, TreeMap::new, Collectors.toList()));
        return perSecond.entrySet().stream().map(second -> {
            List<Outcome> in = second.getValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("second", second.getKey());
            row.put("sent", in.size());
            row.put("accepted", count(in, Outcome::accepted));
            row.put("503", count(in, o -> o.status() == 503));
            row.put("otherServerErrors", count(in, o -> o.serverError() && o.status() != 503));
            row.put("clientErrors", count(in, o -> o.status() >= 400 && o.status() < 500));
            row.put("maxLatencyMs", maxLatency(in));
            return row;
        }).toList();
    }

    private Outcomes() {
    }
}
