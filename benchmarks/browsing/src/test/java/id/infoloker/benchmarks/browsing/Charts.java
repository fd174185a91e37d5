package id.infoloker.benchmarks.browsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * browsing-&lt;timestamp&gt;.html from a run's JSON: inline SVG bar charts of what the JSON holds (the mix per kind of
 * request: share answered 2xx and p50/p95/p99; wrk's throughput per target and round, with the ratios).
 * No scripts, no external resources. Gatling's own report (charts over time) stays in the run's target directory.
 *
 * <p>{@code java -cp <benchmark class path> id.infoloker.benchmarks.browsing.Charts results/browsing-X.json}
 * renders an earlier run's JSON as well.
 */
public final class Charts {

    private static final Map<String, String> TARGET_COLOURS = Map.of(
            "auth-direct", "#5f6368", "auth-gateway", "#1a73e8", "auth-nginx", "#188038",
            "auth-bare-gateway", "#137333",
            "anon-direct", "#9aa0a6", "anon-gateway-cached", "#e37400", "anon-gateway-cached-gzip", "#a142f4");

    private Charts() {
    }

    public static void main(String[] args) throws Exception {
        for (String json : args) {
            Path html = write(Path.of(json));
            System.out.println("wrote " + html);
        }
    }

    static Path write(Path resultJson) throws Exception {
        JsonNode run = new ObjectMapper().readTree(resultJson.toFile());
        Path html = Path.of(resultJson.toString().replaceAll("\\.json$", ".html"));
        Files.writeString(html, html(run));
        return html;
    }

    static String html(JsonNode run) {
        String title = "Browsing benchmark (issue 17), " + run.path("timestamp").asText();
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>").append(title)
                .append("</title><style>body{font-family:sans-serif;margin:16px;max-width:960px}"
                        + "svg{max-width:100%;height:auto;background:#fff}</style></head><body><h1>").append(title)
                .append("</h1><p>").append(escape(run.path("machine").asText())).append("</p>");

        JsonNode kinds = run.path("mix").path("byKind");
        if (kinds.isObject()) {
            html.append("<p>").append(escape(run.path("mix").path("workload").asText())).append("</p>");
            List<Bar> share = new ArrayList<>();
            List<Bar> latency = new ArrayList<>();
            kinds.properties().forEach(kind -> {
                JsonNode summary = kind.getValue();
                // From the counts: the JSON's share is rounded to two digits (98.7 % reads 0.99 there).
                long ok = summary.path("ok2xx").asLong();
                long requests = summary.path("requests").asLong();
                double percent = requests == 0 ? 0 : 100.0 * ok / requests;
                share.add(new Bar(kind.getKey(), percent, "#188038",
                        String.format(Locale.ROOT, "%.1f %% (%d of %d)", percent, ok, requests)));
                JsonNode p = summary.path("latencyMs2xx");
                for (String q : new String[] {"p50", "p95", "p99"}) {
                    latency.add(new Bar(kind.getKey() + " " + q, p.path(q).asDouble(), latencyColour(q),
                            String.format(Locale.ROOT, "%.1f ms", p.path(q).asDouble())));
                }
            });
            html.append("<h2>1. Browsing mix through the gateway: share answered 2xx (target ≥ 99 %)</h2>")
                    .append(bars(share, 100, 99));
            html.append("<h2>Latency of the 2xx answers, p50 / p95 / p99 (target p99 ≤ 100 ms; log scale)</h2>")
                    .append(logBars(latency, 100));
        }

        List<Bar> throughput = new ArrayList<>();
        for (JsonNode wrk : run.path("wrk")) {
            String name = wrk.path("name").asText();
            String target = name.replaceAll("-\\d+$", "");
            throughput.add(new Bar(name, wrk.path("requestsPerSecond").asDouble(),
                    TARGET_COLOURS.getOrDefault(target, "#5f6368"), String.format(Locale.ROOT, "%.0f req/s, p50 %.2f ms",
                            wrk.path("requestsPerSecond").asDouble(), wrk.path("p50Ms").asDouble())));
        }
        if (!throughput.isEmpty()) {
            double max = throughput.stream().mapToDouble(Bar::value).max().orElse(1);
            html.append("<h2>2 + 3. wrk throughput per target and round (same run)</h2>")
                    .append(bars(throughput, max, Double.NaN));
        }
        JsonNode ratios = run.path("ratios");
        html.append("<h2>Ratios</h2><table border=\"1\" cellpadding=\"4\"><tr><th>ratio</th><th>value</th>"
                + "<th>target</th></tr>")
                .append(row("uncached authenticated GET, gateway / direct", ratios.path("authGatewayOverDirect"),
                        "≥ 0.6"))
                .append(row("nginx plain proxy / direct (reference)", ratios.path("authNginxOverDirect"), ""))
                .append(row("bare Spring Cloud Gateway, one route, none of our filters / direct (reference)",
                        ratios.path("authBareGatewayOverDirect"), ""))
                .append(row("gateway p50 overhead, ms (16 connections)", ratios.path("authGatewayP50OverheadMs"), "≤ 1"))
                .append(row("gateway p50 overhead, ms (1 connection)", ratios.path("authGatewayP50OverheadOneConnectionMs"),
                        "≤ 1"))
                .append(row("bare Spring Cloud Gateway p50 overhead, ms (1 connection, reference)",
                        ratios.path("authBareGatewayP50OverheadOneConnectionMs"), ""))
                .append(row("cached anonymous GET through the gateway / direct uncached",
                        ratios.path("cachedGatewayOverUncachedDirect"), "≥ 5"))
                .append("</table>");
        return html.append("</body></html>\n").toString();
    }

    record Bar(String label, double value, String colour, String text) {
    }

    private static String latencyColour(String quantile) {
        return switch (quantile) {
            case "p50" -> "#1a73e8";
            case "p95" -> "#e37400";
            default -> "#d93025";
        };
    }

    private static String bars(List<Bar> bars, double max, double targetLine) {
        return chart(bars, value -> value / Math.max(max, 1e-9), Double.isNaN(targetLine) ? Double.NaN
                : targetLine / max);
    }

    /** Log scale from 1 ms to the largest value (at least 10 s), with the target marked. */
    private static String logBars(List<Bar> bars, double target) {
        double max = Math.max(10_000, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        double top = Math.log10(max);
        java.util.function.DoubleUnaryOperator scale = value -> Math.max(0, Math.log10(Math.max(value, 1))) / top;
        return chart(bars, scale, scale.applyAsDouble(target));
    }

    private static String chart(List<Bar> bars, java.util.function.DoubleUnaryOperator scale, double targetAt) {
        int labelWidth = 230;
        int barWidth = 460;
        int rowHeight = 20;
        int height = bars.size() * rowHeight + 10;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\" "
                        + "role=\"img\">", labelWidth + barWidth + 230, height, labelWidth + barWidth + 230, height));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * rowHeight;
            double width = Math.min(1, scale.applyAsDouble(bar.value())) * barWidth;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s"
                            + "</text><rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>",
                    labelWidth - 6, y + 13, escape(bar.label()), labelWidth, y + 2, width, rowHeight - 5,
                    bar.colour(), labelWidth + width + 4, y + 13, escape(bar.text())));
        }
        if (!Double.isNaN(targetAt)) {
            double x = labelWidth + targetAt * barWidth;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" "
                    + "stroke-dasharray=\"4 3\"/>", x, x, height));
        }
        return svg.append("</svg>").toString();
    }

    private static String row(String label, JsonNode value, String target) {
        return String.format(Locale.ROOT, "<tr><td>%s</td><td>%.2f</td><td>%s</td></tr>", escape(label),
                value.asDouble(Double.NaN), escape(target));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
