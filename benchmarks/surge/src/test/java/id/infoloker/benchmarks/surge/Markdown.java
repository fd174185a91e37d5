package id.infoloker.benchmarks.surge;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The human-readable report next to the JSON. */
final class Markdown {

    @SuppressWarnings("unchecked")
    static String of(Map<String, Object> result, Map<String, Object> surge, Properties hash, Properties commits,
                     Map<String, Object> ratios, Staff idle, Staff during) {
        Map<String, Object> latency = (Map<String, Object>) surge.get("latencyMs202");
        Map<String, Object> e2e = (Map<String, Object>) surge.get("endToEndLagMs202ToCase");
        Map<String, Object> machine = (Map<String, Object>) result.get("machine");
        StringBuilder md = new StringBuilder();
        md.append("# Launch-day surge benchmark, ").append(result.get("timestamp")).append("\n\n");
        md.append("Machine: ").append(machine.get("before")).append(" → after: ").append(machine.get("after"))
                .append("\n\nCommand: `benchmarks/surge/run.sh` (devstack on ports +500, loopback only). ")
                .append("Gatling HTML report (plots of throughput and latency over time): `@GATLING_REPORT@`\n\n");

        md.append("## 2. The machine's limits (same run, devstack idle)\n\n| limit | value |\n|---|---|\n");
        md.append(row("bcrypt hashes/s (" + hash.getProperty("hash.encoder") + ", " + hash.getProperty("hash.threads")
                + " threads, " + hash.getProperty("hash.seconds") + " s, service JVM flags)",
                hash.getProperty("hash.perSecond")));
        md.append(row("PostgreSQL commits/s, 1 account row + 1 outbox row each (" + commits.getProperty("commits.threads")
                + " threads, " + commits.getProperty("commits.seconds") + " s; " + commits.getProperty("commits.server")
                + ")", commits.getProperty("commits.perSecond")));

        md.append("\n## 1. Registration surge through the gateway\n\n").append(surge.get("workload")).append("\n\n");
        md.append("| figure | value |\n|---|---|\n");
        md.append(row("registrations sent / accepted (202) / errors", surge.get("requests") + " / "
                + surge.get("accepted202") + " / " + surge.get("errors") + " " + surge.get("byStatus")));
        md.append(row("accepted per second: hold phase / best 10 s / overall",
                f(surge.get("acceptedPerSecondDuringHold")) + " / " + f(surge.get("acceptedPerSecondPeak10s"))
                        + " / " + f(surge.get("acceptedPerSecondOverall"))));
        md.append(row("latency of 202s p50 / p95 / p99 / max", ms(latency)));
        md.append(row("end-to-end lag 202 → case in verification_case p50 / p95 / p99 / max", ms(e2e)
                + " (n=" + e2e.get("n") + ", not seen: " + e2e.get("casesNotSeen") + ")"));
        md.append(row("peak consumer lag (verification-service on account.registered.v1) / peak unsent outbox rows",
                surge.get("peakConsumerLag") + " / " + surge.get("peakOutboxUnsent")));
        md.append(row("drain: last case opened, seconds after the end of the load profile",
                f(surge.get("drainSecondsAfterLoadEnd"))));
        md.append(row("last case opened / lag and outbox back to 0, seconds after the last 202",
                f(surge.get("lastCaseAfterLast202Seconds")) + " / " + f(surge.get("lagZeroSecondsAfterLast202"))));
        md.append(row("hold throughput ÷ bcrypt hash rate", f(ratios.get("holdThroughputOverHashRate"))));
        md.append(row("best-10-s throughput ÷ bcrypt hash rate", f(ratios.get("peakThroughputOverHashRate"))));
        md.append(row("hold throughput ÷ PostgreSQL commit rate", f(ratios.get("holdThroughputOverCommitRate"))));

        md.append("\n## 4. Staff: one verifier, claim-next + decision through the gateway\n\n");
        md.append("| | rounds | claim-next p50 / p99 / max | decision p50 / p99 / max | nothing to claim / errors |\n");
        md.append("|---|---|---|---|---|\n");
        md.append(staffRow("idle platform", idle)).append(staffRow("during the surge", during));
        md.append("\nAccepted registrations per second (1-s buckets from the first request): ")
                .append(surge.get("acceptedPerSecondSeries")).append("\n");
        return md.toString();
    }

    private static String staffRow(String name, Staff staff) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f / %.1f / %.1f ms | %.1f / %.1f / %.1f ms | %d / %d |%n",
                name, staff.claims.size(), Stats.percentile(staff.claims, .5), Stats.percentile(staff.claims, .99),
                Stats.max(staff.claims), Stats.percentile(staff.decisions, .5),
                Stats.percentile(staff.decisions, .99), Stats.max(staff.decisions), staff.empty.get(),
                staff.errors.get());
    }

    private static String ms(Map<String, Object> p) {
        return f(p.get("p50")) + " / " + f(p.get("p95")) + " / " + f(p.get("p99")) + " / " + f(p.get("max")) + " ms";
    }

    private static String f(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
    }

    private static String row(String name, Object value) {
        return "| " + name + " | " + value + " |\n";
    }

    private Markdown() {
    }
}
