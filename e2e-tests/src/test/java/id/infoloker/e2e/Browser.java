package id.infoloker.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian ({@code chromium} + {@code chromium-driver}, installed by .ci/run), driven without
 * Selenium Manager: both paths are given, so nothing is downloaded and nothing calls out.
 *
 * <p>Whether the browser tests can run is decided here, once, for every browser test: under CI ({@code CI=true})
 * a missing Chromium is a broken CI machine and fails the tests; a developer's machine without it skips them, loudly,
 * so "0 browser tests ran" is never mistaken for "the browser tests passed".
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The one decision, taken when the first browser test asks. */
    private static final Availability AVAILABILITY = Availability.decide(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));

    enum Availability {
        PRESENT, MISSING_UNDER_CI, MISSING_LOCALLY;

        static Availability decide(Path chromium, Path chromedriver, String ciVariable) {
            if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
                return PRESENT;
            }
            return "true".equalsIgnoreCase(ciVariable) ? MISSING_UNDER_CI : MISSING_LOCALLY;
        }
    }

    /**
     * Call first in a browser test's {@code @BeforeAll}: returns when Chromium is there, fails the test class under
     * CI, skips it (with a line on stderr nobody can miss) elsewhere.
     */
    static void requireChromium(Class<?> browserTest) {
        require(AVAILABILITY, browserTest);
    }

    static void require(Availability availability, Class<?> browserTest) {
        String missing = "Debian chromium + chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install them with: apt-get install chromium chromium-driver";
        switch (availability) {
            case PRESENT -> {
            }
            case MISSING_UNDER_CI -> Assertions.fail("CI=true but " + missing + " (.ci/run installs them)");
            case MISSING_LOCALLY -> {
                System.err.println("BROWSER TESTS SKIPPED: " + browserTest.getSimpleName() + ": " + missing
                        + ". Under CI (CI=true) this fails the build.");
                Assumptions.abort(missing);
            }
        }
    }

    /** The console's browser: a desktop window. */
    static ChromeDriver start() {
        ChromeOptions options = options(freshProfile());
        options.addArguments("--window-size=1400,1000");
        return start(options);
    }

    /**
     * Headless Chromium's common switches, with a profile directory of its own: a fresh profile is also an empty
     * HTTP cache, which first-load measurements rely on.
     */
    static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=id", "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }

    static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("infoloker-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Browser() {
    }
}
