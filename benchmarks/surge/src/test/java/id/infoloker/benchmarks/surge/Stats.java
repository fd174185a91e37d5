package id.infoloker.benchmarks.surge;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of millisecond values (nearest-rank). */
final class Stats {

    static double percentile(Collection<? extends Number> values, double quantile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double max(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).max().orElse(Double.NaN);
    }

    static String summary(Collection<? extends Number> values) {
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", values.size(),
                percentile(values, 0.50), percentile(values, 0.95), percentile(values, 0.99), max(values));
    }

    static double[] sorted(Collection<? extends Number> values) {
        double[] array = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }

    private Stats() {
    }
}
