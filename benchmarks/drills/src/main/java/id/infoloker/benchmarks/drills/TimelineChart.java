package id.infoloker.benchmarks.drills;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One SVG chart per load drill: requests per second by the second they were sent, stacked as accepted (202), 503 and
 * other server errors or no answer. Plain SVG in one HTML file: no script, no network.
 */
final class TimelineChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 240;
    private static final int MARGIN = 40;

    static String html(Instant started, List<DrillResult> results) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fault drills</title>
                <style>body{font-family:sans-serif;max-width:960px;margin:2em auto}td{padding:2px 8px}</style>
                </head><body>""");
        html.append("<h1>Fault drills, ").append(started).append("</h1>");
        for (DrillResult result : results) {
            html.append("<h2>").append(escape(result.name())).append(" — ")
                    .append(result.held() ? "held" : "DID NOT HOLD").append("</h2>");
            if (!result.timeline().isEmpty()) {
                html.append(chart(result.timeline(), result.fault()));
                html.append("<p>Requests by the second they were sent: <span style=\"color:#2e7d32\">accepted"
                        + " (202)</span>, <span style=\"color:#ef6c00\">503</span>, <span style=\"color:#c62828\">other"
                        + " 5xx or no answer</span>.</p>");
            }
            html.append("<table>");
            result.figures().forEach((label, value) -> html.append("<tr><td>").append(escape(label))
                    .append("</td><td>").append(escape(String.valueOf(value))).append("</td></tr>"));
            html.append("</table>");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String chart(List<Map<String, Object>> timeline, DrillResult.Fault fault) {
        long seconds = timeline.stream().mapToLong(row -> ((Number) row.get("second")).longValue()).max().orElse(0) + 1;
        long peak = Math.max(1, timeline.stream().mapToLong(row -> ((Number) row.get("sent")).longValue()).max()
                .orElse(1));
        double barWidth = (WIDTH - 2.0 * MARGIN) / seconds;
        double unit = (HEIGHT - 2.0 * MARGIN) / peak;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\">");
        if (fault != null) {
            double from = MARGIN + fault.fromSecond() * barWidth;
            double to = MARGIN + fault.toSecond() * barWidth;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#9e9e9e\" opacity=\"0.25\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>",
                    from, MARGIN - 24, Math.max(1, to - from), HEIGHT - MARGIN - (MARGIN - 24), from + 2, MARGIN - 10,
                    escape(fault.what())));
        }
        for (Map<String, Object> row : timeline) {
            double x = MARGIN + ((Number) row.get("second")).longValue() * barWidth;
            double y = HEIGHT - MARGIN;
            for (String[] part : new String[][] {{"accepted", "#2e7d32"}, {"503", "#ef6c00"},
                    {"otherServerErrors", "#c62828"}, {"clientErrors", "#6a1b9a"}}) {
                double height = ((Number) row.get(part[0])).longValue() * unit;
                if (height > 0) {
                    y -= height;
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                            x, y, Math.max(1, barWidth - 1), height, part[1]));
                }
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", MARGIN, HEIGHT - MARGIN,
                WIDTH - MARGIN, HEIGHT - MARGIN));
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(HEIGHT - 10).append("\">0 s</text>");
        svg.append("<text x=\"").append(WIDTH - MARGIN - 30).append("\" y=\"").append(HEIGHT - 10).append("\">")
                .append(seconds).append(" s</text>");
        svg.append("<text x=\"4\" y=\"").append(MARGIN).append("\">").append(peak).append("/s</text>");
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private TimelineChart() {
    }
}
