package id.infoloker.e2e;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A read page's launch-day budget as the phone measures it on a first visit over 3G: bytes transferred for HTML, CSS
 * and JavaScript (compressed, as on the wire; images excluded), DOMContentLoaded, and whether the page fits 360 px.
 * Figures come from the browser's own Resource Timing and Navigation Timing entries, not from a proxy.
 */
final class PageBudget {

    static final long MAX_TRANSFERRED_BYTES = 60 * 1024;
    static final long MAX_DOM_CONTENT_LOADED_MS = 3_000;

    /** One first load. {@code otherBytes}: fonts, fetches and the like, neither budgeted nor images. */
    record Figures(String page, long htmlBytes, long cssBytes, long jsBytes, long imageBytes, long otherBytes,
                   int requests, long domContentLoadedMs, long scrollWidth, long innerWidth) {

        long transferredBytes() {
            return htmlBytes + cssBytes + jsBytes;
        }

        boolean fitsTheScreen() {
            return scrollWidth <= innerWidth;
        }

        /** One copyable line, e.g. for docs/benchmarks.md. */
        String line() {
            return String.format(Locale.ROOT,
                    "PORTAL BUDGETS %-7s transferred=%.1f KB (html=%.1f css=%.1f js=%.1f; images=%.1f other=%.1f,"
                            + " %d requests) dcl3g=%d ms scrollWidth=%d innerWidth=%d",
                    page, kb(transferredBytes()), kb(htmlBytes), kb(cssBytes), kb(jsBytes), kb(imageBytes),
                    kb(otherBytes), requests, domContentLoadedMs, scrollWidth, innerWidth);
        }

        private static double kb(long bytes) {
            return bytes / 1024.0;
        }
    }

    /**
     * Loads {@code url} on the phone as a first visit (HTTP cache emptied) over regular 3G and reads the figures;
     * the phone is unthrottled again afterwards.
     */
    @SuppressWarnings("unchecked")
    static Figures firstLoadOn3g(Phone phone, String page, String url) {
        phone.emptyCache();
        phone.onRegular3g();
        try {
            phone.driver.get(url); // returns after the load event: every resource the page asked for is in
            Map<String, Object> timing = (Map<String, Object>) phone.driver.executeScript("""
                    const navigation = performance.getEntriesByType('navigation')[0];
                    return {
                      htmlBytes: navigation.transferSize,
                      domContentLoaded: Math.round(navigation.domContentLoadedEventEnd - navigation.startTime),
                      resources: performance.getEntriesByType('resource').map(r => ({
                          url: r.name, initiator: r.initiatorType, bytes: r.transferSize})),
                      scrollWidth: document.documentElement.scrollWidth,
                      innerWidth: window.innerWidth
                    };
                    """);
            long css = 0;
            long js = 0;
            long images = 0;
            long other = 0;
            List<Map<String, Object>> resources = (List<Map<String, Object>>) timing.get("resources");
            for (Map<String, Object> resource : resources) {
                long bytes = ((Number) resource.get("bytes")).longValue();
                switch (kind((String) resource.get("url"), (String) resource.get("initiator"))) {
                    case CSS -> css += bytes;
                    case JS -> js += bytes;
                    case IMAGE -> images += bytes;
                    case OTHER -> other += bytes;
                }
            }
            return new Figures(page, number(timing, "htmlBytes"), css, js, images, other, resources.size() + 1,
                    number(timing, "domContentLoaded"), number(timing, "scrollWidth"), number(timing, "innerWidth"));
        } finally {
            phone.unthrottled();
        }
    }

    enum Kind { CSS, JS, IMAGE, OTHER }

    /** By the file's extension first (what it is), then by what asked for it (a script tag, a stylesheet, an img). */
    static Kind kind(String url, String initiator) {
        String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".css")) {
            return Kind.CSS;
        }
        if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return Kind.JS;
        }
        if (path.matches(".*\\.(png|jpe?g|gif|webp|avif|svg|ico)$") || "img".equals(initiator)
                || "image".equals(initiator)) {
            return Kind.IMAGE;
        }
        if (path.matches(".*\\.(woff2?|ttf|otf)$")) {
            return Kind.OTHER;
        }
        if ("script".equals(initiator)) {
            return Kind.JS;
        }
        if ("css".equals(initiator)) { // @import
            return Kind.CSS;
        }
        return Kind.OTHER;
    }

    private static long number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).longValue();
    }

    private PageBudget() {
    }
}
