package id.infoloker.e2e;

import static id.infoloker.e2e.PortalSteps.assertAccessible;
import static id.infoloker.e2e.PortalSteps.path;
import static id.infoloker.e2e.PortalSteps.reloadUntil;
import static id.infoloker.e2e.PortalSteps.upload;
import static id.infoloker.e2e.PortalSteps.waitOn;
import static id.infoloker.e2e.PortalSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.devstack.Devstack;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public portal on a phone (360×640, headless Chromium), through the gateway, as a new job seeker meets it:
 * find a vacancy, register, upload the documents (one a real camera-sized photo), send them for verification, wait
 * for a verifier, apply, read the notifications, sign out. Every page met is checked with axe-core, and the read pages'
 * launch-day budgets (bytes, DOMContentLoaded on 3G, no sideways scrolling, working without JavaScript) are measured
 * and printed. Screenshots of every step: {@code target/screenshots/portal-NN-<step>.png}.
 */
class PortalBrowserIT {

    static final String SESSION_COOKIE = "INFOLOKER_SESSION";

    static Devstack platform;
    static String gateway;
    static Api api;

    @BeforeAll
    static void start() {
        Browser.requireChromium(PortalBrowserIT.class);
        platform = RunningPlatform.get();
        gateway = platform.gatewayUrl();
        api = new Api(gateway);
    }

    @Test
    void aNewJobSeekerFindsAVacancyRegistersIsVerifiedAppliesAndSignsOut() throws IOException {
        try (Phone phone = Phone.start("portal")) {
            ChromeDriver browser = phone.driver;

            // Home: the newest vacancies, a search box.
            browser.get(gateway + "/");
            waitFor(browser, By.cssSelector("article.vacancy h2 a"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the phone asks for id")
                    .isEqualTo("id");
            phone.screenshot("home");
            assertAccessible(browser, "home");

            // Search for a demo vacancy (the devstack seeds "Operator Produksi" and others) and open it.
            browser.findElement(By.id("q")).sendKeys("operator", Keys.ENTER);
            waitOn(browser).until(ExpectedConditions.urlContains("q=operator"));
            WebElement found = waitFor(browser, By.cssSelector("article.vacancy h2 a"));
            String title = found.getText().strip();
            assertThat(title).containsIgnoringCase("operator");
            found.click();
            waitOn(browser).until(ExpectedConditions.urlMatches("/lowongan/[0-9a-f-]{36}$"));
            String vacancyPath = path(browser);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
            phone.screenshot("vacancy");
            assertAccessible(browser, "vacancy detail");

            // "Lamar" while anonymous: to "Masuk", which would bring the person back to this vacancy.
            browser.findElement(By.id("lamar")).click();
            waitOn(browser).until(driver -> path(driver).equals("/masuk"));
            assertThat(queryParameter(browser, "next")).contains(vacancyPath);
            phone.screenshot("sign-in");

            // No account yet: the sign-in page's own "Daftar" link (not the header's).
            browser.findElement(By.id("daftar-link")).click();
            waitOn(browser).until(driver -> path(driver).equals("/daftar"));
            waitFor(browser, By.id("fullName"));
            phone.screenshot("registration");
            assertAccessible(browser, "registration");

            Map<String, Object> person = JobSeekers.newRegistration();
            String name = (String) person.get("fullName");
            fillRegistration(browser, person);
            phone.screenshot("registration-filled");
            browser.findElement(By.id("daftar-submit")).click();

            // Registered and signed in at once: the documents page.
            waitOn(browser).until(driver -> path(driver).equals("/dokumen"));
            assertSessionCookieIsHttpOnly(browser);
            phone.screenshot("documents");

            Path files = Files.createDirectories(Path.of("target", "portal-documents"));
            for (String type : Documents.JOB_SEEKER_TYPES) {
                Path file = "PAS_FOTO".equals(type) ? writeJpegPhoto(files.resolve("pas-foto.jpg"))
                        : Files.write(files.resolve(type.toLowerCase() + ".pdf"), Documents.pdf(type + " " + name));
                String how = upload(browser, type, file);
                System.out.println("PORTAL upload " + type + " (file " + Files.size(file) + " bytes) " + how
                        + ": " + browser.findElement(By.id("state-" + type)).getText());
            }
            phone.screenshot("documents-uploaded");

            // "Kirim untuk verifikasi": the status page. The case enters the queue an event later, so the page may
            // first still say "Menunggu dokumen"; the person reloads until it shows the place in the queue.
            browser.findElement(By.id("kirim")).click();
            waitOn(browser).until(driver -> path(driver).equals("/status"));
            reloadUntil(browser, Duration.ofSeconds(30), driver -> "AWAITING_VERIFICATION".equals(
                    driver.findElement(By.id("verification-status")).getAttribute("data-status"))
                    && !driver.findElements(By.id("queue-position")).isEmpty());
            assertThat(browser.findElement(By.id("queue-position")).getText()).isNotBlank();
            phone.screenshot("status-pending");
            assertAccessible(browser, "status");

            // A verifier approves (through the API, as the console would); the person reloads the status page.
            approveCaseOf(name);
            reloadUntil(browser, Duration.ofSeconds(60),
                    driver -> driver.findElement(By.id("verification-status")).getText().contains("Terverifikasi"));
            assertThat(browser.findElement(By.id("verification-status")).getAttribute("data-status"))
                    .isEqualTo("APPROVED");
            phone.screenshot("status-verified");

            // Verified: "Lamar" is now a form that sends the application.
            String applicationPath = apply(browser, vacancyPath);
            assertThat(waitFor(browser, By.id("application-status")).getText()).isNotBlank();
            phone.screenshot("application");

            browser.get(gateway + "/lamaran");
            List<WebElement> applications = waitForAll(browser, By.cssSelector("article.application"));
            assertThat(applications).anySatisfy(application -> assertThat(application.getText()).contains(title));
            phone.screenshot("applications");

            // The notifications (the verification's at least, an event away): the newest one's link opens the page
            // it is about, through /notifikasi/{id}/buka, which marks it read.
            browser.get(gateway + "/notifikasi");
            reloadUntil(browser, Duration.ofSeconds(30),
                    driver -> !driver.findElements(By.cssSelector("article.notification")).isEmpty());
            phone.screenshot("notifications");
            browser.findElement(By.cssSelector("article.notification a.notification-link")).click();
            waitOn(browser).until(driver -> !path(driver).startsWith("/notifikasi"));
            assertThat(path(browser)).as("where the newest notification leads")
                    .isIn("/status", applicationPath);

            // Sign out: back home, anonymous, no session cookie left.
            browser.findElement(By.cssSelector("form[action='/keluar'] button")).click();
            waitOn(browser).until(driver -> path(driver).equals("/"));
            assertThat(browser.findElements(By.cssSelector("form[action='/keluar']"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("header a[href='/masuk']"))).isNotEmpty();
            assertThat(browser.manage().getCookieNamed(SESSION_COOKIE)).isNull();
            phone.screenshot("signed-out");
        }
    }

    @Test
    void theReadPagesKeepTheirBudgetsOnAPhoneOver3gAndWorkWithoutJavaScript() {
        PageBudget.Figures home;
        PageBudget.Figures detail;
        String detailUrl;
        try (Phone phone = Phone.start("portal-budget")) {
            home = PageBudget.firstLoadOn3g(phone, "home", gateway + "/");
            detailUrl = phone.driver.findElement(By.cssSelector("article.vacancy h2 a")).getDomProperty("href");
            detail = PageBudget.firstLoadOn3g(phone, "detail", detailUrl);
        }
        // One block, to copy into docs/benchmarks.md.
        System.out.println("PORTAL BUDGETS through the gateway, phone " + Phone.WIDTH + "x" + Phone.HEIGHT
                + ", first load (empty cache) on 3G (" + Phone.LATENCY_3G_MS + " ms, "
                + Phone.DOWNLOAD_3G_BYTES_PER_SECOND + " B/s down, " + Phone.UPLOAD_3G_BYTES_PER_SECOND
                + " B/s up); budget: html+css+js <= " + PageBudget.MAX_TRANSFERRED_BYTES / 1024 + " KB, dcl3g <= "
                + PageBudget.MAX_DOM_CONTENT_LOADED_MS + " ms, scrollWidth <= innerWidth\n"
                + home.line() + "\n" + detail.line());

        SoftAssertions budgets = new SoftAssertions();
        for (PageBudget.Figures page : List.of(home, detail)) {
            budgets.assertThat(page.transferredBytes()).as(page.page() + ": HTML+CSS+JS transferred, bytes")
                    .isPositive().isLessThanOrEqualTo(PageBudget.MAX_TRANSFERRED_BYTES);
            budgets.assertThat(page.domContentLoadedMs()).as(page.page() + ": DOMContentLoaded on 3G, ms")
                    .isPositive().isLessThanOrEqualTo(PageBudget.MAX_DOM_CONTENT_LOADED_MS);
            budgets.assertThat(page.fitsTheScreen()).as(page.page() + ": no horizontal scrolling at 360 px ("
                    + page.scrollWidth() + " > " + page.innerWidth() + ")").isTrue();
        }

        // The same pages in a browser that runs no JavaScript: the vacancy and its "Lamar" are all there.
        try (Phone noScript = Phone.withoutJavaScript("portal-nojs")) {
            WebDriver browser = noScript.driver;
            browser.get(gateway + "/");
            WebElement first = waitFor(browser, By.cssSelector("article.vacancy h2 a"));
            String title = first.getText().strip();
            budgets.assertThat(title).as("home without JavaScript: a vacancy title").isNotBlank();
            noScript.screenshot("home");
            browser.get(detailUrl);
            budgets.assertThat(waitFor(browser, By.tagName("h1")).getText()).as("detail without JavaScript: title")
                    .isNotBlank();
            budgets.assertThat(browser.findElements(By.id("lamar"))).as("detail without JavaScript: #lamar")
                    .hasSize(1);
            noScript.screenshot("vacancy");
        }
        budgets.assertAll();
    }

    /** Fills the registration form; every input's id is the API field's name. */
    private static void fillRegistration(WebDriver browser, Map<String, Object> person) {
        for (String field : List.of("fullName", "nik", "birthPlace", "email", "phone", "password", "address")) {
            WebElement input = browser.findElement(By.id(field));
            input.clear();
            input.sendKeys((String) person.get(field));
        }
        // A date input's typed format follows the browser's locale; its value is always ISO, so set that.
        WebElement birthDate = browser.findElement(By.id("birthDate"));
        ((ChromeDriver) browser).executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));
                """, birthDate, person.get("birthDate"));
        for (String field : List.of("sex", "kecamatanCode", "education")) {
            new Select(browser.findElement(By.id(field))).selectByValue((String) person.get(field));
        }
        WebElement consent = browser.findElement(By.id("consent"));
        if (!consent.isSelected()) {
            consent.click();
        }
    }

    private static void approveCaseOf(String displayName) {
        PortalSteps.approveCaseOf(api, api.login(platform.staff().verifierEmail(),
                platform.staff().verifierPassword()), displayName);
    }

    private static String apply(WebDriver browser, String vacancyPath) {
        return PortalSteps.apply(browser, gateway, vacancyPath);
    }

    /** The session cookie is there and HttpOnly: page scripts (and so an injected one) can never read it. */
    private static void assertSessionCookieIsHttpOnly(ChromeDriver browser) {
        Cookie session = browser.manage().getCookieNamed(SESSION_COOKIE);
        assertThat(session).as(SESSION_COOKIE + " cookie after registering").isNotNull();
        assertThat(session.isHttpOnly()).as(SESSION_COOKIE + " HttpOnly").isTrue();
        assertThat((String) browser.executeScript("return document.cookie;")).doesNotContain(SESSION_COOKIE);
    }

    /** A camera-sized JPEG (2400×1800, smooth like a photo): the portal's script downscales it before uploading. */
    private static Path writeJpegPhoto(Path file) {
        BufferedImage photo = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x2F6FB0), 0, 1800, new Color(0xDCE8F5)));
        graphics.fillRect(0, 0, 2400, 1800);
        // A head-and-shoulders silhouette, as on a pas foto; shapes, not text (no fonts needed on CI).
        graphics.setColor(new Color(0x3B2A20));
        graphics.fillOval(900, 300, 600, 720);
        graphics.setColor(new Color(0x1F1F2E));
        graphics.fillRoundRect(500, 1050, 1400, 900, 400, 400);
        graphics.dispose();
        try {
            if (!ImageIO.write(photo, "jpg", file.toFile())) {
                throw new IllegalStateException("No JPEG writer in this JRE");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String queryParameter(WebDriver browser, String name) {
        String query = URI.create(browser.getCurrentUrl()).getRawQuery();
        return query == null ? null : Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    private static List<WebElement> waitForAll(WebDriver browser, By locator) {
        return waitOn(browser).until(ExpectedConditions.visibilityOfAllElementsLocatedBy(locator));
    }

}
