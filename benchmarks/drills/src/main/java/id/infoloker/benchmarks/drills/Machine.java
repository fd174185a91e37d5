package id.infoloker.benchmarks.drills;

import java.lang.management.ManagementFactory;

/** The machine a run measured: the figures only mean something next to these. */
record Machine(int cores, long memoryMiB, double loadAverage, String os, String java) {

    static Machine now() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory / (1024 * 1024),
                Math.round(os.getSystemLoadAverage() * 100) / 100.0,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
