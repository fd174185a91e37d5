package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff administration and the second factor in headless Chromium through the gateway (htmx posts with the CSRF
 * header, the gateway's sign-in form): an ADMIN creates a verifier, disables it, resets its password and enables it
 * again; the verifier replaces the temporary password at sign-in, enrols an authenticator app and from then on signs in
 * with its code. axe-core on the staff list: no serious or critical violation.
 */
class StaffAdminBrowserIT extends ConsoleInBrowser {

    @Test
    void anAdminManagesAColleagueWhoThenSignsInWithANewPasswordAndASecondFactor() {
        String email = "petugas." + UUID.randomUUID() + "@disnakertrans.karawangkab.go.id";
        signIn(platform.staff().adminEmail(), platform.staff().adminPassword(), null, null);
        waitFor(By.id("queue-depth"));

        browser.get(platform.gatewayUrl() + "/console/admin/staff");
        waitFor(By.id("staff-list"));
        List<Axe.Violation> violations = Axe.violations(browser);
        System.out.println("AXE console staff: " + Axe.byImpact(violations));
        assertThat(violations).filteredOn(Axe.Violation::blocking).isEmpty();

        browser.findElement(By.id("new-name")).sendKeys("Rina Verifikator");
        browser.findElement(By.id("new-email")).sendKeys(email);
        new Select(browser.findElement(By.id("new-type"))).selectByValue("VERIFIER");
        browser.findElement(By.id("new-password")).sendKeys("sandi-awal-rina");
        browser.findElement(By.cssSelector("#new-staff button[type=submit]")).click();
        waitFor(By.id("staff-done"));
        assertThat(row(email).getAttribute("data-enabled")).isEqualTo("true");

        row(email).findElement(By.xpath(".//form[contains(@action, '/disable')]//button")).click();
        wait(Duration.ofSeconds(20)).until(driver -> "false".equals(row(email).getAttribute("data-enabled")));
        Api.Response refused = api.post("/api/auth/token",
                java.util.Map.of("username", email, "password", "sandi-awal-rina"), null);
        assertThat(refused.status()).isEqualTo(403);

        row(email).findElement(By.xpath(".//form[contains(@action, '/password-reset')]//button")).click();
        String temporary = waitFor(By.id("temporary-password")).getText().strip();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        browser.get(platform.gatewayUrl() + "/console/admin/staff");
        row(email).findElement(By.xpath(".//form[contains(@action, '/enable')]//button")).click();
        wait(Duration.ofSeconds(20)).until(driver -> "true".equals(row(email).getAttribute("data-enabled")));
        signOut();

        // The temporary password: the form asks for a new one.
        signIn(email, temporary, null, null);
        waitFor(By.id("newPassword"));
        signIn(null, temporary, null, "sandi-pilihan-rina");
        waitFor(By.id("queue-depth"));

        // Faktor kedua: the secret shown, the first code confirms it.
        browser.get(platform.gatewayUrl() + "/console/second-factor");
        waitFor(By.cssSelector("main form button.primary")).click();
        Authenticator app = Authenticator.withSecret(waitFor(By.id("totp-secret")).getText().strip());
        long step = Authenticator.currentStep();
        browser.findElement(By.id("code")).sendKeys(app.code(step), Keys.ENTER);
        waitFor(By.id("second-factor-confirmed"));
        signOut();

        // From now on the code is asked for; the next one signs in.
        signIn(email, "sandi-pilihan-rina", null, null);
        // In the browser's language ("kode 6 angka" / "6-digit code").
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"),
                "6"));
        assertThat(browser.findElement(By.id("totpCode")).getAttribute("autocomplete")).isEqualTo("one-time-code");
        signIn(null, "sandi-pilihan-rina", app.code(step + 1), null);
        waitFor(By.id("queue-depth"));
        signOut();
    }

    /** The gateway's sign-in form; a null e-mail keeps what the form shows already. */
    private static void signIn(String email, String password, String totpCode, String newPassword) {
        if (email != null) {
            browser.get(platform.gatewayUrl() + "/console/login");
            WebElement field = waitFor(By.id("email"));
            field.clear();
            field.sendKeys(email);
        }
        browser.findElement(By.id("password")).sendKeys(password);
        if (totpCode != null) {
            browser.findElement(By.id("totpCode")).sendKeys(totpCode);
        }
        if (newPassword != null) {
            browser.findElement(By.id("newPassword")).sendKeys(newPassword);
        }
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private static void signOut() {
        waitFor(By.cssSelector("header.top .logout button")).click();
        waitFor(By.id("email"));
    }

    /** The staff list's row of {@code email}, looked up afresh (htmx replaces the list). */
    private static WebElement row(String email) {
        return wait(Duration.ofSeconds(20)).until(driver -> driver.findElement(
                By.xpath("//tr[@data-staff][td[normalize-space(text())='" + email + "']]")));
    }

    private static WebElement waitFor(By locator) {
        return wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(Duration timeout) {
        return (WebDriverWait) new WebDriverWait((WebDriver) browser, timeout)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }
}
