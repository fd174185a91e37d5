package id.infoloker.benchmarks.browsing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts one run together: the Gatling mix (JSON + table written by the simulation) and the wrk lines
 * ({@code name req/s p50 p99 non2xx}), with the ratios issue 17 asks for, into {@code <prefix>.json}, {@code .md} and
 * {@code .html} ({@link Charts}).
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        Path mixJson = Path.of(args[0]);
        Path wrkLines = Path.of(args[1]);
        Path prefix = Path.of(args[2]);
        String gatlingReport = args[3];
        String machine = args[4];

        String mix = Files.exists(mixJson) ? Files.readString(mixJson).strip() : "null";
        Path mixMdPath = Path.of(mixJson.toString().replaceAll("\\.json$", ".md"));
        String mixMd = Files.exists(mixMdPath) ? Files.readString(mixMdPath) : "(no Gatling result)\n";

        List<Map<String, Object>> runs = new ArrayList<>();
        Map<String, List<Double>> rps = new LinkedHashMap<>();
        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        for (String line : Files.readAllLines(wrkLines)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("name", f[0]);
            run.put("requestsPerSecond", Double.parseDouble(f[1]));
            run.put("p50Ms", millis(f[2]));
            run.put("p99Ms", millis(f[3]));
            run.put("non2xx", Long.parseLong(f[4]));
            runs.add(run);
            String target = f[0].replaceAll("-\\d+$", "");
            rps.computeIfAbsent(target, t -> new ArrayList<>()).add(Double.parseDouble(f[1]));
            p50.computeIfAbsent(target, t -> new ArrayList<>()).add(millis(f[2]));
        }
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("authGatewayOverDirect", ratio(rps, "auth-gateway", "auth-direct"));
        ratios.put("authNginxOverDirect", ratio(rps, "auth-nginx", "auth-direct"));
        // Spring Cloud Gateway itself, one route and none of our edge features: the framework's floor on this machine.
        if (rps.containsKey("auth-bare-gateway")) {
            ratios.put("authBareGatewayOverDirect", ratio(rps, "auth-bare-gateway", "auth-direct"));
        }
        ratios.put("authGatewayP50OverheadMs", mean(p50.get("auth-gateway")) - mean(p50.get("auth-direct")));
        // One connection: the latency the gateway adds to a request, without queueing on the shared cores.
        if (p50.containsKey("auth-gateway-c1") && p50.containsKey("auth-direct-c1")) {
            ratios.put("authGatewayP50OverheadOneConnectionMs",
                    mean(p50.get("auth-gateway-c1")) - mean(p50.get("auth-direct-c1")));
        }
        // The same for the bare Spring Cloud Gateway: the latency the framework itself adds on this machine.
        if (p50.containsKey("auth-bare-gateway-c1") && p50.containsKey("auth-direct-c1")) {
            ratios.put("authBareGatewayP50OverheadOneConnectionMs",
                    mean(p50.get("auth-bare-gateway-c1")) - mean(p50.get("auth-direct-c1")));
        }
        ratios.put("cachedGatewayOverUncachedDirect", ratio(rps, "anon-gateway-cached", "anon-direct"));
        ratios.put("cachedGzipOverCachedPlain", ratio(rps, "anon-gateway-cached-gzip", "anon-gateway-cached"));

        StringBuilder json = new StringBuilder("{\n  \"benchmark\": \"browsing (issue 17)\",\n");
        json.append("  \"timestamp\": \"").append(prefix.getFileName().toString().replace("browsing-", ""))
                .append("\",\n  \"machine\": \"").append(machine.replace("\"", "'")).append("\",\n");
        json.append("  \"gatlingReport\": \"").append(gatlingReport).append("\",\n");
        json.append("  \"mix\": ").append(mix.replace("\n", "\n  ")).append(",\n");
        json.append("  \"wrk\": ").append(Json.write(runs).strip().replace("\n", "\n  ")).append(",\n");
        json.append("  \"ratios\": ").append(Json.write(ratios).strip().replace("\n", "\n  ")).append("\n}\n");
        Files.createDirectories(prefix.toAbsolutePath().getParent());
        Files.writeString(Path.of(prefix + ".json"), json);

        StringBuilder md = new StringBuilder("# Browsing benchmark (issue 17), ").append(prefix.getFileName())
                .append("\n\n").append(machine).append(". Gatling report: `").append(gatlingReport).append("`.\n\n")
                .append("## 1. Browsing mix through the gateway, with registrations\n\n").append(mixMd)
                .append("\n## 2 + 3. wrk, same run\n\n| run | req/s | p50 | p99 | non-2xx |\n|---|---|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f ms | %.2f ms | %s |%n", run.get("name"),
                    run.get("requestsPerSecond"), run.get("p50Ms"), run.get("p99Ms"), run.get("non2xx")));
        }
        md.append(String.format(Locale.ROOT, """

                | ratio | value | target |
                |---|---|---|
                | uncached authenticated GET: gateway / direct throughput | %.2f | >= 0.6 |
                | nginx plain proxy / direct throughput (reference) | %.2f | |
                | bare Spring Cloud Gateway (one route, none of our filters) / direct (reference) | %s | |
                | gateway p50 overhead, 16 connections (mean of rounds; includes queueing on the shared cores) | %.2f ms | <= 1 ms |
                | gateway p50 overhead, 1 connection (mean of rounds) | %s | <= 1 ms |
                | bare Spring Cloud Gateway p50 overhead, 1 connection (reference) | %s | |
                | cached anonymous GET through the gateway / direct uncached | %.2f | >= 5 |
                | cached GET with Accept-Encoding: gzip / without (gzip's CPU cost at the gateway) | %.2f | |
                """, ratios.get("authGatewayOverDirect"), ratios.get("authNginxOverDirect"),
                ifMeasured(ratios, "authBareGatewayOverDirect", "%.2f"),
                ratios.get("authGatewayP50OverheadMs"),
                ifMeasured(ratios, "authGatewayP50OverheadOneConnectionMs", "%.2f ms"),
                ifMeasured(ratios, "authBareGatewayP50OverheadOneConnectionMs", "%.2f ms"),
                ratios.get("cachedGatewayOverUncachedDirect"),
                ratios.get("cachedGzipOverCachedPlain")));
        Files.writeString(Path.of(prefix + ".md"), md);
        Charts.write(Path.of(prefix + ".json"));
        System.out.println(md);
    }

    /** wrk prints 1.23ms, 456.00us, 1.20s. */
    static double millis(String value) {
        if (value.endsWith("us")) {
            return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
        }
        if (value.endsWith("ms")) {
            return Double.parseDouble(value.substring(0, value.length() - 2));
        }
        if (value.endsWith("s")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
        }
        return Double.NaN;
    }

    private static double mean(List<Double> values) {
        return values == null || values.isEmpty() ? Double.NaN
                : values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double ratio(Map<String, List<Double>> rps, String numerator, String denominator) {
        return mean(rps.get(numerator)) / mean(rps.get(denominator));
    }

    /** A figure only some runs have (older ones lack the targets): formatted, or "not measured". */
    private static String ifMeasured(Map<String, Object> ratios, String key, String format) {
        return ratios.containsKey(key) ? String.format(Locale.ROOT, format, ratios.get(key)) : "not measured";
    }
}
