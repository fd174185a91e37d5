package id.infoloker.benchmarks.drills;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one drill measured: named figures in the order they are reported, a per-second timeline of the load (empty
 * for drills without one) with the fault's window in it, and whether it held its promise (lost = 0 and duplicated
 * effects = 0).
 */
record DrillResult(String name, String command, Map<String, Object> figures, List<Map<String, Object>> timeline,
                   Fault fault, boolean held) {

    /** What was broken, from and to which second of the load's timeline. */
    record Fault(String what, double fromSecond, double toSecond) {
    }

    static Builder named(String name, String command) {
        return new Builder(name, command);
    }

    static final class Builder {
        private final String name;
        private final String command;
        private final Map<String, Object> figures = new LinkedHashMap<>();
        private List<Map<String, Object>> timeline = List.of();
        private Fault fault;

        private Builder(String name, String command) {
            this.name = name;
            this.command = command;
        }

        Builder figure(String label, Object value) {
            figures.put(label, value);
            return this;
        }

        /** The load's per-second timeline, with the fault from {@code faultFrom} to {@code faultTo} (epoch ms). */
        Builder timeline(List<Map<String, Object>> perSecond, long loadStart, String fault, long faultFrom,
                         long faultTo) {
            this.timeline = perSecond;
            this.fault = new Fault(fault, (faultFrom - loadStart) / 1000.0, (faultTo - loadStart) / 1000.0);
            return this;
        }

        DrillResult held(boolean held) {
            return new DrillResult(name, command, figures, timeline, fault, held);
        }
    }
}
