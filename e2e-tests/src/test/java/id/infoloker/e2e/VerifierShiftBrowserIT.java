package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 20's "done when": a scripted verifier clears 50 cases in headless Chromium through the gateway — claim, look
 * at the four documents (rendered inline on the case page), approve, or on every tenth case ask for a revision of the
 * KTP — and the test prints keystrokes per case (target ≤ 3) and UI time per case without thinking time (target p50
 * ≤ 1 s): from the key that decides to the next case's documents all rendered. No document may open a new tab.
 */
class VerifierShiftBrowserIT extends ConsoleInBrowser {

    private static final int CASES = 50;

    @Test
    void aVerifierClearsFiftyCasesWithAtMostThreeKeysEach() throws Exception {
        String verifierToken = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        ConsoleQueue.drain(api, verifierToken);
        Set<String> names = registerWithDocuments(CASES);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                api.get("/api/verification/queue", verifierToken).json().get("pending").asLong() >= CASES);

        browser.get(platform.gatewayUrl() + "/console/login");
        browser.findElement(By.id("email")).sendKeys(platform.staff().verifierEmail());
        browser.findElement(By.id("password")).sendKeys(platform.staff().verifierPassword(), Keys.ENTER);
        wait(Duration.ofSeconds(30)).until(driver -> !driver.findElements(By.id("queue-depth")).isEmpty());
        String window = browser.getWindowHandle();

        List<Long> uiMillis = new ArrayList<>();
        List<Integer> keystrokes = new ArrayList<>();
        long started = System.nanoTime();
        press("n");
        String current = awaitCaseReady(null);
        uiMillis.add((System.nanoTime() - started) / 1_000_000);
        keystrokes.add(1);
        Set<String> cleared = new java.util.HashSet<>();
        for (int i = 1; i <= CASES; i++) {
            assertThat(names).as("the queue's head is one of this test's cases").contains(current);
            assertThat(browser.findElements(By.cssSelector("#documents [target]"))).as("no document opens a tab")
                    .isEmpty();
            cleared.add(current);
            long t0 = System.nanoTime();
            int keys;
            if (i % 10 == 0) {
                // Ask for the KTP again: V opens the panel, 1 ticks the first document (KTP), Enter sends.
                press("v");
                wait(Duration.ofSeconds(5)).until(driver -> driver.findElement(By.id("redo-KTP")).isDisplayed());
                press("1");
                press(Keys.ENTER.toString());
                keys = 3;
            } else {
                press("a");
                keys = 1;
            }
            String next = i == CASES ? awaitLastDecided() : awaitCaseReady(current);
            uiMillis.add((System.nanoTime() - t0) / 1_000_000);
            keystrokes.add(keys);
            current = next;
        }
        assertThat(browser.getWindowHandles()).as("no new tab or window").containsExactly(window);
        assertThat(cleared).hasSize(CASES);

        List<Long> sorted = new ArrayList<>(uiMillis);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2);
        long p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
        double keysPerCase = keystrokes.stream().mapToInt(Integer::intValue).sum() / (double) CASES;
        int maxKeys = keystrokes.stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.printf("VERIFIER SHIFT: %d cases cleared in the browser; keystrokes per case: mean %.2f, max %d "
                        + "(target <= 3); UI time per case (decision key -> next case with its documents rendered): "
                        + "p50 %d ms, p90 %d ms, max %d ms (target p50 <= 1000 ms)%n",
                CASES, keysPerCase, maxKeys, p50, p90, sorted.get(sorted.size() - 1));
        assertThat(maxKeys).isLessThanOrEqualTo(3);
        // The target (p50 <= 1 s) is printed above and recorded in docs/benchmarks.md; the build fails only far above
        // it, so a machine busy with other builds does not turn main red while a real regression still does.
        assertThat(p50).isLessThanOrEqualTo(5000);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/verification/queue", verifierToken).json().get("pending").asLong()).isZero());
    }

    /** Waits until a case other than {@code previous} is open and every image on it is rendered; its name. */
    private static String awaitCaseReady(String previous) {
        return wait(Duration.ofSeconds(20)).until(driver -> {
            List<WebElement> name = driver.findElements(By.id("person-name"));
            if (name.isEmpty() || name.get(0).getText().equals(previous)) {
                return null;
            }
            List<WebElement> images = driver.findElements(By.cssSelector("#documents img.document-image"));
            if (images.size() < 3 || !images.stream().allMatch(image -> ConsoleQueue.isRendered(driver, image))
                    || driver.findElements(By.cssSelector("#documents object.document-pdf")).isEmpty()) {
                return null;
            }
            return name.get(0).getText();
        });
    }

    /** After the last decision: the dashboard says the queue is empty (or another case opened). */
    private static String awaitLastDecided() {
        return wait(Duration.ofSeconds(20)).until(driver -> driver.findElements(By.id("queue-empty")).isEmpty()
                ? null : "");
    }

    private static Set<String> registerWithDocuments(int count) throws Exception {
        Set<String> names = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> {
                    Map<String, Object> registration = JobSeekers.newRegistration();
                    Api.Response registered = api.post("/api/accounts/job-seekers", registration, null);
                    assertThat(registered.status()).as(registered.body()).isEqualTo(202);
                    String token = api.login((String) registration.get("email"),
                            (String) registration.get("password"));
                    Documents.uploadAndSubmitAll(platform.gatewayUrl(), token, (String) registration.get("fullName"));
                    names.add((String) registration.get("fullName"));
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return names;
    }

    private static void press(String key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static WebDriverWait wait(Duration timeout) {
        return (WebDriverWait) new WebDriverWait((WebDriver) browser, timeout)
                .pollingEvery(Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class);
    }
}
