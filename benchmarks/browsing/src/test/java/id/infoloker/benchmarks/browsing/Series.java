package id.infoloker.benchmarks.browsing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The answers of one kind of request in the measured window: statuses, edge-cache outcomes, latencies. */
final class Series {

    private final Map<String, Long> statuses = new TreeMap<>();
    private final Map<String, Long> cache = new TreeMap<>();
    private final List<Double> all = new ArrayList<>();
    private final List<Double> ok = new ArrayList<>();

    synchronized void add(int status, double millis, String cacheOutcome) {
        statuses.merge(status == -1 ? "no-response" : String.valueOf(status), 1L, Long::sum);
        cache.merge(cacheOutcome == null ? "none" : cacheOutcome, 1L, Long::sum);
        all.add(millis);
        if (status >= 200 && status < 300) {
            ok.add(millis);
        }
    }

    synchronized Map<String, Object> summary(int seconds) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("requests", all.size());
        summary.put("ok2xx", ok.size());
        summary.put("ok2xxShare", all.isEmpty() ? 0 : ok.size() / (double) all.size());
        summary.put("ok2xxPerSecond", ok.size() / (double) seconds);
        summary.put("byStatus", new TreeMap<>(statuses));
        summary.put("edgeCache", new TreeMap<>(cache));
        summary.put("latencyMs2xx", percentiles(ok));
        summary.put("latencyMsAll", percentiles(all));
        return summary;
    }

    static Map<String, Object> percentiles(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        Map<String, Object> p = new LinkedHashMap<>();
        for (double q : new double[] {50, 95, 99}) {
            p.put("p" + (int) q, sorted.isEmpty() ? 0.0
                    : round(sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q / 100 * sorted.size()) - 1))));
        }
        p.put("max", sorted.isEmpty() ? 0.0 : round(sorted.get(sorted.size() - 1)));
        return p;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
