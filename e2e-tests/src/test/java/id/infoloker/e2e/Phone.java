package id.infoloker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The portal's reference visitor: a cheap Android phone, 360×640 CSS pixels, on a slow mobile network. Headless
 * Chromium with Chrome's mobile emulation (viewport, device pixel ratio, touch, a mobile user agent), so media
 * queries, the viewport meta tag and {@code window.innerWidth} behave as on the phone.
 */
final class Phone implements AutoCloseable {

    static final int WIDTH = 360;
    static final int HEIGHT = 640;
    /** An Android Chrome user agent: the server and the page see a phone. */
    static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/156.0.0.0 Mobile Safari/537.36";

    /** Regular 3G as the launch-day budget defines it: 150 ms latency, 1.6 Mbps down, 750 kbps up. */
    static final int LATENCY_3G_MS = 150;
    static final int DOWNLOAD_3G_BYTES_PER_SECOND = 200_000;
    static final int UPLOAD_3G_BYTES_PER_SECOND = 93_750;

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String screenshotPrefix;
    private int screenshots;

    private Phone(ChromeDriver driver, String screenshotPrefix) {
        this.driver = driver;
        this.screenshotPrefix = screenshotPrefix;
    }

    /** A phone with a fresh profile (empty cache, no cookies) and JavaScript on. */
    static Phone start(String screenshotPrefix) {
        return new Phone(Browser.start(options(true)), screenshotPrefix);
    }

    /** A phone whose browser runs no JavaScript at all: the portal's read pages must still work. */
    static Phone withoutJavaScript(String screenshotPrefix) {
        return new Phone(Browser.start(options(false)), screenshotPrefix);
    }

    private static ChromeOptions options(boolean javascript) {
        ChromeOptions options = Browser.options(Browser.freshProfile());
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2.0, "mobile", true,
                        "touch", true),
                "userAgent", USER_AGENT));
        // Headless Chromium ignores --lang for Accept-Language; the pref is what makes the portal answer in Bahasa
        // Indonesia, as it would for a phone set to Indonesian.
        Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "id-ID,id"));
        if (!javascript) {
            // The same switch as a user turning JavaScript off in Chrome's site settings (2 = block).
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        return options;
    }

    /**
     * The page as the phone shows it (the 360×640 viewport), saved as
     * {@code target/screenshots/<prefix>-NN-<step>.png}, numbered in the order taken.
     */
    Path screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", screenshotPrefix, ++screenshots, step));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next page loads as on a first visit: nothing from the HTTP cache. */
    void emptyCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** From now on every request pays 3G's latency and bandwidth (Chrome's own network throttling, per request). */
    void onRegular3g() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", false,
                "latency", LATENCY_3G_MS,
                "downloadThroughput", DOWNLOAD_3G_BYTES_PER_SECOND,
                "uploadThroughput", UPLOAD_3G_BYTES_PER_SECOND));
    }

    void unthrottled() {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
