package id.infoloker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's accessibility rules run inside the page the browser shows (the WebJar on the test classpath, nothing
 * fetched from the network). The script is injected through WebDriver, which the page's Content-Security-Policy
 * ({@code script-src 'self'}) does not govern, so the portal needs no exception for the test.
 */
final class Axe {

    static final String VERSION = "4.6.3";
    private static final String SCRIPT_RESOURCE = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
    private static final String SOURCE = load();

    /** Impacts that fail the portal's pages; "minor" and "moderate" are printed and left to judgement. */
    static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    /** One rule broken on the page, e.g. {@code color-contrast, serious, 3 nodes}. */
    record Violation(String rule, String impact, String help, int nodes, List<String> examples) {

        boolean blocking() {
            return BLOCKING_IMPACTS.contains(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + ", " + nodes + " node(s)): " + help + " e.g. " + examples;
        }
    }

    /** The page's violations (axe's "violations" result type only: passes and incomplete are not collected). */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        page.executeScript(SOURCE);
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(results => done(results.violations.map(v => ({
                      rule: v.id, impact: v.impact || 'unknown', help: v.help, nodes: v.nodes.length,
                      examples: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                  .catch(error => done({error: String(error)}));
                """);
        if (result instanceof Map<?, ?> failure) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + failure);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        ((Number) v.get("nodes")).intValue(), (List<String>) v.get("examples")))
                .toList();
    }

    /** {@code critical=0 serious=0 moderate=1 minor=0}: counts of violated rules by impact. */
    static String byImpact(List<Violation> violations) {
        Map<String, Long> counts = new TreeMap<>(violations.stream()
                .collect(Collectors.groupingBy(Violation::impact, Collectors.counting())));
        return List.of("critical", "serious", "moderate", "minor").stream()
                .map(impact -> impact + "=" + counts.getOrDefault(impact, 0L))
                .collect(Collectors.joining(" "));
    }

    private static String load() {
        try (InputStream script = Axe.class.getClassLoader().getResourceAsStream(SCRIPT_RESOURCE)) {
            if (script == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is not on the classpath (org.webjars.npm:axe-core:"
                        + VERSION + ")");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Axe() {
    }
}
