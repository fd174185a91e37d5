package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The verifiers' console in a real (headless Chromium) browser, through the gateway: cookie login, claim, the
 * person's data beside their documents and the automatic checks, approve with the keyboard alone, the queue depth
 * drops on the dashboard, a revision request on the next case.
 */
class ConsoleBrowserIT extends ConsoleInBrowser {

    @Test
    void aVerifierApprovesWithTheKeyboardAndRequestsARevisionOnTheNextCase() {
        String verifierToken = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        ConsoleQueue.drain(api, verifierToken);
        Registered first = registerWithDocuments();
        Registered second = registerWithDocuments();
        awaitWaiting(verifierToken, 2);

        // Log in through the gateway's cookie login.
        browser.get(platform.gatewayUrl() + "/console/login");
        browser.findElement(By.id("email")).sendKeys(platform.staff().verifierEmail());
        browser.findElement(By.id("password")).sendKeys(platform.staff().verifierPassword(), Keys.ENTER);
        WebElement depth = waitFor(By.id("queue-depth"));
        long before = Long.parseLong(depth.getText().strip());
        assertThat(before).isGreaterThanOrEqualTo(2);
        assertThat(browser.getPageSource()).contains("Ambil kasus berikutnya").contains("N");

        // N claims the queue's head and opens it.
        pressKey("n");
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("person-name"), first.name()));
        assertThat(browser.findElement(By.id("person-nik")).getText()).isEqualTo(first.nik());
        List<WebElement> checks = browser.findElements(By.cssSelector("#checks li.check"));
        assertThat(checks).extracting(check -> check.getAttribute("data-check"))
                .contains("NIK_STRUCTURE", "NIK_BIRTH_DATA", "NIK_REGION", "REQUIRED_DOCUMENTS");
        assertThat(browser.findElement(By.cssSelector("li.check[data-check='REQUIRED_DOCUMENTS']")).getAttribute(
                "data-verdict")).isEqualTo("PASS");
        // The documents, fetched through verification-service with the verifier's token: images shown inline.
        List<WebElement> images = wait(Duration.ofSeconds(20)).until(driver -> {
            List<WebElement> loaded = driver.findElements(By.cssSelector("#documents img.document-image"));
            return loaded.size() >= 3 && loaded.stream().allMatch(image -> ConsoleQueue.isRendered(driver, image))
                    ? loaded : null;
        });
        assertThat(images).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#documents a.document-link"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".shortcuts")).getText()).contains("A = setujui");

        // A approves; the console goes straight to the next case.
        pressKey("a");
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("person-name"), second.name()));

        // The dashboard shows the queue two shorter: one decided, one being looked at.
        browser.get(platform.gatewayUrl() + "/console");
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("queue-depth"),
                String.valueOf(before - 2)));

        // Back to the held case with N, then V: documents to redo, a note, send, all with the keyboard.
        pressKey("n");
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("person-name"), second.name()));
        pressKey("v");
        WebElement firstDocument = wait(Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(
                By.id("redo-KTP")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(firstDocument);
        firstDocument.sendKeys(Keys.SPACE);
        WebElement note = browser.findElement(By.id("revision-note"));
        note.sendKeys("Foto KTP buram, mohon unggah ulang.");
        note.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        // Straight on: the next case, or the dashboard saying the queue is empty.
        wait(Duration.ofSeconds(20)).until(driver -> driver.findElements(By.id("queue-empty")).size() == 1
                || driver.findElements(By.id("person-name")).stream()
                        .anyMatch(name -> !name.getText().equals(second.name())));

        // The owners see it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/verification/me", first.token()).json().get("status").asString())
                    .isEqualTo("APPROVED");
            var revision = api.get("/api/verification/me", second.token()).json();
            assertThat(revision.get("status").asString()).isEqualTo("REVISION_REQUESTED");
            assertThat(revision.get("documentsToRedo").toString()).contains("KTP");
        });
    }

    record Registered(UUID accountId, String name, String nik, String token) {
    }

    private static Registered registerWithDocuments() {
        Map<String, Object> registration = JobSeekers.newRegistration();
        Api.Response registered = api.post("/api/accounts/job-seekers", registration, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        UUID accountId = UUID.fromString(registered.json().get("accountId").asString());
        String token = api.login((String) registration.get("email"), (String) registration.get("password"));
        Documents.uploadAndSubmitAll(platform.gatewayUrl(), token, (String) registration.get("fullName"));
        return new Registered(accountId, (String) registration.get("fullName"), (String) registration.get("nik"),
                token);
    }

    private static void awaitWaiting(String verifierToken, long atLeast) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("/api/verification/queue", verifierToken).json().get("pending").asLong() >= atLeast);
    }

    /** A key press on the page itself (no field focused), as a verifier working with the keyboard would. */
    private static void pressKey(String key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static WebElement waitFor(By locator) {
        return wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(Duration timeout) {
        // The console re-renders the case view: an element found a moment ago may be replaced; look it up again.
        return (WebDriverWait) new WebDriverWait((WebDriver) browser, timeout)
                .ignoring(StaleElementReferenceException.class);
    }
}
