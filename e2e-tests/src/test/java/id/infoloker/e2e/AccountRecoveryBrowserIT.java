package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import id.infoloker.devstack.MailServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15 on a phone, through the gateway: a job seeker who forgot the password asks for a code on "Lupa kata sandi",
 * reads it in the e-mail the platform sent, sets a new password and lands signed in on "Akun saya"; there they move
 * their e-mail to a new address, confirmed by a code sent to that address. Every page is axe-checked and fits 360 px;
 * the old password and the old address stop working.
 */
class AccountRecoveryBrowserIT {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    static Devstack platform;
    static Api api;

    @BeforeAll
    static void platform() {
        Browser.requireChromium(AccountRecoveryBrowserIT.class);
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
    }

    @Test
    void aJobSeekerResetsAForgottenPasswordAndMovesTheirEmailWithCodesOnAPhone() {
        Map<String, Object> registration = JobSeekers.newRegistration();
        Api.Response registered = api.post("/api/accounts/job-seekers", registration, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        String email = (String) registration.get("email");
        String oldPassword = (String) registration.get("password");
        String newPassword = "Sandi-Baru-" + System.nanoTime();
        String newEmail = "pindah." + email;

        try (Phone phone = Phone.start("recovery")) {
            WebDriver browser = phone.driver;
            browser.get(platform.gatewayUrl() + "/lupa-sandi");
            accessibleAndFitting(browser, "lupa-sandi");
            int mailsBefore = mailsTo(email).size();
            browser.findElement(By.id("username")).sendKeys(email);
            browser.findElement(By.id("kirim-kode")).click();
            waitFor(browser, By.id("kode-terkirim"));
            accessibleAndFitting(browser, "lupa-sandi/kode");

            // A wrong code is refused on the page, naming the field, and the password is unchanged.
            browser.findElement(By.id("code")).sendKeys("000000");
            browser.findElement(By.id("newPassword")).sendKeys(newPassword);
            browser.findElement(By.id("atur-sandi")).click();
            assertThat(waitFor(browser, By.id("code-error")).getText()).isNotBlank();

            String code = newCodeIn(email, mailsBefore);
            browser.findElement(By.id("code")).clear();
            browser.findElement(By.id("code")).sendKeys(code);
            browser.findElement(By.id("newPassword")).clear();
            browser.findElement(By.id("newPassword")).sendKeys(newPassword);
            browser.findElement(By.id("atur-sandi")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/akun"));
            phone.screenshot("account-after-reset");
            accessibleAndFitting(browser, "akun");
            assertThat(api.post("/api/auth/token", Map.of("username", email, "password", oldPassword), null).status())
                    .as("the old password").isEqualTo(401);

            // The e-mail moves only once a code sent to the new address comes back.
            int newMailsBefore = mailsTo(newEmail).size();
            browser.findElement(By.id("email")).sendKeys(newEmail);
            browser.findElement(By.id("kirim-kode-email")).click();
            waitFor(browser, By.id("kode-email-terkirim"));
            accessibleAndFitting(browser, "akun/email");
            browser.findElement(By.id("emailCode")).sendKeys(newCodeIn(newEmail, newMailsBefore));
            browser.findElement(By.id("konfirmasi-email")).click();
            waitFor(browser, By.id("akun-selesai"));
            assertThat(browser.findElement(By.id("email-saya")).getText()).contains(newEmail);
        }
        assertThat(api.login(newEmail, newPassword)).isNotBlank();
        assertThat(api.post("/api/auth/token", Map.of("username", email, "password", newPassword), null).status())
                .as("the old address").isEqualTo(401);
    }

    private static void accessibleAndFitting(WebDriver browser, String page) {
        List<Axe.Violation> violations = Axe.violations(browser);
        System.out.println("AXE portal " + page + ": " + Axe.byImpact(violations));
        assertThat(violations).as(page).filteredOn(Axe.Violation::blocking).isEmpty();
        long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as(page + ": no sideways scrolling at " + Phone.WIDTH + " px")
                .isLessThanOrEqualTo(Phone.WIDTH);
    }

    private static List<MailServer.SentMail> mailsTo(String address) {
        return platform.sentMail().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /**
     * The 6-digit code in the first e-mail carrying one to {@code address} after the {@code before} it already had.
     * Other mail may arrive in between: the registration's "Pendaftaran diterima" is sent asynchronously and once
     * landed after {@code before} was counted, which the first version of this test read as the code's mail.
     */
    private static String newCodeIn(String address, int before) {
        return await("an e-mail with a code to " + address).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> mailsTo(address).stream().skip(before).map(sent -> CODE.matcher(sent.text()))
                        .filter(Matcher::find).map(code -> code.group(1)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static org.openqa.selenium.WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
