package id.infoloker.benchmarks.surge;

import java.util.List;
import java.util.Locale;

/**
 * surge-&lt;timestamp&gt;.html: two inline SVG line charts over time (accepted registrations per second; consumer lag
 * and unsent outbox rows), the figures Gatling's own report does not plot. No scripts, no external resources.
 */
final class Plot {

    static String html(String title, List<Integer> acceptedPerSecond, List<long[]> lag, double holdStartSecond,
                       double loadEndSecond) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title><style>body{font-family:sans-serif;margin:24px}"
                        + "svg{border:1px solid #ccc;background:#fff}</style></head><body><h1>").append(title)
                .append("</h1><p>Dashed lines: start of the hold phase and end of the load profile.</p>");
        double xMax = Math.max(loadEndSecond + 5, Math.max(acceptedPerSecond.size(),
                lag.isEmpty() ? 0 : lag.get(lag.size() - 1)[0]));
        html.append("<h2>Accepted registrations (202) per second</h2>");
        html.append(chart(xMax, holdStartSecond, loadEndSecond,
                List.<double[][]>of(series(acceptedPerSecond.size(), i -> i, i -> acceptedPerSecond.get(i))),
                List.of("#1a73e8"), List.of("accepted/s")));
        html.append("<h2>Consumer lag (verification-service, account.registered.v1) and unsent outbox rows</h2>");
        html.append(chart(xMax, holdStartSecond, loadEndSecond,
                List.<double[][]>of(series(lag.size(), i -> lag.get(i)[0], i -> lag.get(i)[1]),
                        series(lag.size(), i -> lag.get(i)[0], i -> lag.get(i)[2])),
                List.of("#d93025", "#188038"), List.of("consumer lag", "outbox unsent")));
        return html.append("</body></html>\n").toString();
    }

    private static double[][] series(int n, java.util.function.IntToDoubleFunction x,
                                     java.util.function.IntToDoubleFunction y) {
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            points[i][0] = x.applyAsDouble(i);
            points[i][1] = y.applyAsDouble(i);
        }
        return points;
    }

    private static String chart(double xMax, double holdStart, double loadEnd, List<double[][]> series,
                                List<String> colours, List<String> names) {
        int width = 900;
        int height = 260;
        int left = 50;
        int bottom = 30;
        double yMax = 1;
        for (double[][] points : series) {
            for (double[] p : points) {
                yMax = Math.max(yMax, p[1]);
            }
        }
        yMax = Math.ceil(yMax * 1.1);
        double plotWidth = width - left - 10;
        double plotHeight = height - bottom - 10;
        double finalYMax = yMax;
        java.util.function.DoubleUnaryOperator sx = x -> left + x / xMax * plotWidth;
        java.util.function.DoubleUnaryOperator sy = y -> 10 + plotHeight - y / finalYMax * plotHeight;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">", width, height));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\" stroke=\"#000\"/>",
                left, 10 + plotHeight, width - 10, 10 + plotHeight));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%.0f\" stroke=\"#000\"/>",
                left, left, 10 + plotHeight));
        for (double mark : new double[] {holdStart, loadEnd}) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.0f\" "
                    + "stroke=\"#888\" stroke-dasharray=\"4 4\"/>", sx.applyAsDouble(mark), sx.applyAsDouble(mark),
                    10 + plotHeight));
        }
        for (int tick = 0; tick <= 4; tick++) {
            double y = yMax * tick / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%.0f\" font-size=\"11\">%.0f</text>",
                    sy.applyAsDouble(y) + 4, y));
        }
        for (int second = 0; second <= xMax; second += 30) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" font-size=\"11\">%d s</text>",
                    sx.applyAsDouble(second) - 8, height - 8, second));
        }
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            for (double[] p : series.get(s)) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", sx.applyAsDouble(p[0]),
                        sy.applyAsDouble(p[1])));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colours.get(s))
                    .append("\" points=\"").append(points).append("\"/>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>",
                    width - 200, 24 + 14 * s, colours.get(s), names.get(s)));
        }
        return svg.append("</svg>").toString();
    }

    private Plot() {
    }
}
