package id.infoloker.verification.reports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A horizontal bar chart drawn as SVG on the server: no script, no third party. */
public record Bars(List<Bar> bars) {

    public record Bar(String label, long value, double widthPercent) {
    }

    static Bars of(Map<String, Long> counts, Function<String, String> label) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new Bars(counts.entrySet().stream()
                .map(e -> new Bar(label.apply(e.getKey()), e.getValue(),
                        max == 0 ? 0 : Math.max(0.5, 100.0 * e.getValue() / max)))
                .toList());
    }

    /** Height of the SVG in its own units: one 10-unit row per bar. */
    public int height() {
        return Math.max(10, bars.size() * 10);
    }
}
