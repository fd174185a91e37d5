package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on the portal in every browser test: wait for a page, reload until it shows something, upload a
 * document on the documents page, apply to a vacancy; and the checks every page gets (axe). Shared by the job
 * seeker's and the company's journeys.
 */
final class PortalSteps {

    static final Duration PAGE_WAIT = Duration.ofSeconds(30);
    /** The path of one application's page, where applying ends. */
    private static final String APPLICATION_PAGE = "/lamaran/[0-9a-f-]{36}";

    private PortalSteps() {
    }

    /** Prints the page's axe summary and fails on any serious or critical violation, naming them. */
    static void assertAccessible(WebDriver browser, String page) {
        assertThat(printedViolations(browser, page).stream().filter(Axe.Violation::blocking).toList())
                .as("serious or critical accessibility violations on " + page).isEmpty();
    }

    /** Prints the page's axe summary and fails on any violation at all, whatever its impact. */
    static void assertNoAccessibilityViolations(WebDriver browser, String page) {
        assertThat(printedViolations(browser, page)).as("accessibility violations on " + page).isEmpty();
    }

    private static List<Axe.Violation> printedViolations(WebDriver browser, String page) {
        List<Axe.Violation> violations = Axe.violations(browser);
        System.out.println("AXE " + Axe.VERSION + " portal " + page + " (" + path(browser) + "): "
                + Axe.byImpact(violations) + (violations.isEmpty() ? "" : " " + violations.stream()
                        .map(v -> v.rule() + ":" + v.impact()).toList()));
        return violations;
    }


    /**
     * Chooses the file and presses the row's upload button. Returns how it went up: "by script" (portal.js sent it,
     * the page stayed) or "by form post" (the page was replaced), told apart by a marker left on the old page.
     */
    static String upload(WebDriver browser, String type, Path file) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.portalTestSamePage = true;");
        browser.findElement(By.id("file-" + type)).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload-" + type)).click();
        // Without JavaScript the form posts and the page is replaced under the wait: look the row up afresh each
        // time, and a read that hits the page being swapped is simply "not yet".
        try {
            waitOn(browser).until(driver -> {
                try {
                    return "true".equals(driver.findElement(By.id("doc-" + type)).getAttribute("data-uploaded"));
                } catch (WebDriverException pageBeingReplaced) {
                    return false;
                }
            });
        } catch (TimeoutException notUploaded) {
            // Say what the page says: the row's error and whether the script had a CSRF token to send.
            throw new AssertionError("#doc-" + type + " never got data-uploaded=true; #error-" + type + ": \""
                    + browser.findElement(By.id("error-" + type)).getText() + "\"; XSRF-TOKEN readable by the page: "
                    + page.executeScript("return document.cookie.indexOf('XSRF-TOKEN=') >= 0;"), notUploaded);
        }
        return Boolean.TRUE.equals(page.executeScript("return window.portalTestSamePage === true;"))
                ? "by script" : "by form post";
    }


    /** Reloads the page (as the person would) until {@code condition} holds on it; no fixed sleeps. */
    static void reloadUntil(WebDriver browser, Duration atMost, Function<WebDriver, Boolean> condition) {
        await("reloading " + path(browser)).atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            boolean holds;
            try {
                holds = Boolean.TRUE.equals(condition.apply(browser));
            } catch (WebDriverException notThereYet) { // e.g. an element the page does not show yet
                holds = false;
            }
            if (!holds) {
                browser.navigate().refresh();
            }
            return holds;
        });
    }

    static String path(WebDriver browser) {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    static WebElement waitFor(WebDriver browser, By locator) {
        return waitOn(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    static WebDriverWait waitOn(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, PAGE_WAIT).ignoring(StaleElementReferenceException.class);
    }

    /**
     * The verifier's side: approves the queue's cases until this person's (or company's) has been approved. Cases
     * other tests left are approved on the way (as ConsoleBrowserIT does): claim-next always offers the head, so
     * skipping one is not possible. The case appears a moment after the submit (an event away), hence the polling.
     */
    static void approveCaseOf(Api api, String verifierToken, String displayName) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response claimed = api.post("/api/verification/cases/claim-next", "", verifierToken);
            if (claimed.status() == 204) {
                return false;
            }
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
            Api.Response decided = api.post("/api/verification/cases/" + claimed.json().get("id").asString()
                    + "/decision", Map.of("outcome", "APPROVED"), verifierToken);
            assertThat(decided.status()).as(decided.body()).isBetween(200, 299);
            return displayName.equals(claimed.json().get("displayName").asString());
        });
    }

    /**
     * Presses "Lamar" on the vacancy until the application page opens. The portal shows "Terverifikasi" from
     * verification-service; vacancy-service learns of it from the same event a moment later and may refuse an
     * application until then, so the press is repeated (no fixed sleep).
     */
    static String apply(WebDriver browser, String gateway, String vacancyPath) {
        try {
            await("applying on " + vacancyPath).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> {
                        browser.get(gateway + vacancyPath);
                        // A short wait, so a page shown without the form is loaded again rather than stared at.
                        WebElement lamar = new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form #lamar")));
                        lamar.click();
                        waitOn(browser).until(ExpectedConditions.stalenessOf(lamar)); // the POST's answer is shown
                        // The old page goes before the answer's address is known: read it once the answer's page is
                        // there. Read too early, a press that went through looked like a refusal, and the press
                        // repeated on the vacancy page got "Sudah melamar" until the wait ran out (a CI run).
                        waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                        if (!path(browser).matches(APPLICATION_PAGE)) {
                            openTheOnlyApplicationIfAlreadyApplied(browser);
                        }
                        return path(browser).matches(APPLICATION_PAGE);
                    });
        } catch (ConditionTimeoutException notApplied) {
            // Say what the person sees instead: the refusal page, or the vacancy without its form.
            throw new AssertionError("no application page after pressing Lamar on " + vacancyPath + "; on "
                    + path(browser) + " the page says: " + browser.findElement(By.tagName("main")).getText(),
                    notApplied);
        }
        return path(browser);
    }

    /**
     * "Sudah melamar": an earlier press went through although its answer was not seen (a CI run under a full suite's
     * load). The person follows "Lihat lamaran saya" to their applications; a new job seeker has exactly this one.
     */
    private static void openTheOnlyApplicationIfAlreadyApplied(WebDriver browser) {
        List<WebElement> seeApplications = browser.findElements(By.cssSelector("main a.button[href='/lamaran']"));
        if (seeApplications.isEmpty()) {
            return; // another refusal (not verified yet): the next press tries again
        }
        seeApplications.get(0).click();
        List<WebElement> applications = waitOn(browser).until(driver -> {
            List<WebElement> links = driver.findElements(By.cssSelector("main h2 a[href^='/lamaran/']"));
            return links.isEmpty() ? null : links;
        });
        assertThat(applications).as("a new job seeker's applications after 'Sudah melamar'").hasSize(1);
        applications.get(0).click();
        waitOn(browser).until(driver -> path(driver).matches(APPLICATION_PAGE));
    }
}
