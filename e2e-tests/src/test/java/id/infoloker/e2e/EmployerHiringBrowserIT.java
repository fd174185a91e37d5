package id.infoloker.e2e;

import static id.infoloker.e2e.PortalSteps.assertNoAccessibilityViolations;
import static id.infoloker.e2e.PortalSteps.path;
import static id.infoloker.e2e.PortalSteps.reloadUntil;
import static id.infoloker.e2e.PortalSteps.upload;
import static id.infoloker.e2e.PortalSteps.waitOn;
import static id.infoloker.e2e.PortalSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.DemoEmployerCredentials;
import id.infoloker.devstack.Devstack;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The hiring loop of issue 14 on phones (360×640, headless Chromium), through the gateway: a company registers on the
 * portal, uploads its NIB and NPWP, is verified by a verifier in the console, posts a vacancy; a verified job seeker
 * applies; the company opens the applicant's CV (account-service writes the audit row the person can see in their
 * export) and invites them to an interview with a date and a place; the job seeker sees the invitation with every
 * detail on the application page and downloads the {@code .ics}. Then a second, evasive ad of the same company is
 * reported by an anonymous visitor, an administrator takes it down in the console, and its applicant is told. Every
 * page the company meets, the invitation and the report pages have no axe-core violation of any impact; the company's
 * pages and the invitation keep the portal's page budgets (printed as {@code HIRING BUDGETS}). Screenshots:
 * {@code target/screenshots/hiring-NN-<step>.png}.
 */
class EmployerHiringBrowserIT {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The ids vacancy-service's devstack seeding gives the demo vacancies. */
    static final String DEMO_VACANCY_ID_PREFIX = "d1000000-";

    static Devstack platform;
    static String gateway;
    static Api api;

    @BeforeAll
    static void start() {
        Browser.requireChromium(EmployerHiringBrowserIT.class);
        platform = RunningPlatform.get();
        gateway = platform.gatewayUrl();
        api = new Api(gateway);
    }

    @Test
    void aCompanyIsVerifiedHiresThroughThePortalAndAReportedEvasiveAdIsTakenDownWithItsApplicantTold()
            throws IOException {
        String verifierToken = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        ConsoleQueue.drain(api, verifierToken);
        Map<String, String> company = Employers.newRegistration();
        String vacancyTitle = "Operator Produksi Shift " + company.get("nib").substring(7);
        LocalDate interviewDay = LocalDate.now(WIB).plusDays(10);
        List<PageBudget.Figures> budgets = new ArrayList<>();

        try (Phone employerPhone = Phone.start("hiring-employer")) {
            ChromeDriver employer = employerPhone.driver;

            // The company registers: the job seeker's registration leads to the company's form.
            employer.get(gateway + "/daftar");
            waitFor(employer, By.id("employer-link")).click();
            waitOn(employer).until(driver -> path(driver).equals("/daftar/perusahaan"));
            assertNoAccessibilityViolations(employer, "company registration");
            fillCompanyRegistration(employer, company);
            employerPhone.screenshot("registration-filled");
            employer.findElement(By.id("daftar-submit")).click();

            // Signed in at once, asked for its NIB and NPWP (not a person's KTP).
            waitOn(employer).until(driver -> path(driver).equals("/dokumen"));
            assertThat(employer.findElements(By.id("doc-KTP"))).isEmpty();
            assertNoAccessibilityViolations(employer, "company documents");
            Path files = Files.createDirectories(Path.of("target", "hiring-documents"));
            for (String type : List.of("NIB", "NPWP")) {
                Path file = Files.write(files.resolve(type.toLowerCase() + ".pdf"),
                        Documents.pdf(type + " " + company.get("companyName")));
                upload(employer, type, file);
            }
            employer.findElement(By.id("kirim")).click();
            waitOn(employer).until(driver -> path(driver).equals("/status"));
            employerPhone.screenshot("status-pending");

            // A verifier approves the company in the console (claim the head with N, approve with A).
            verifyInTheConsole(company.get("companyName"));
            reloadUntil(employer, Duration.ofSeconds(60), driver -> "APPROVED".equals(
                    driver.findElement(By.id("verification-status")).getAttribute("data-status")));
            assertThat(employer.findElement(By.id("verification-status")).getText()).contains("memasang lowongan");
            employerPhone.screenshot("status-verified");

            // "Lowongan saya": a new vacancy, saved as a draft, then published.
            employer.findElement(By.id("own-vacancies")).click();
            waitOn(employer).until(driver -> path(driver).equals("/perusahaan/lowongan"));
            assertNoAccessibilityViolations(employer, "own vacancies");
            employer.findElement(By.id("new-vacancy")).click();
            waitFor(employer, By.id("title"));
            assertNoAccessibilityViolations(employer, "new vacancy");
            fillVacancy(employer, vacancyTitle, "Shift pagi dan malam di pabrik komponen otomotif KIIC. Gaji "
                    + "Rp 5.200.000 per bulan, BPJS Kesehatan dan Ketenagakerjaan, tanpa biaya apa pun.");
            employer.findElement(By.id("save-vacancy")).click();
            waitOn(employer).until(driver -> path(driver).matches("/perusahaan/lowongan/[0-9a-f-]{36}"));
            String vacancyId = path(employer).substring("/perusahaan/lowongan/".length());
            publish(employer);
            assertThat(employer.findElement(By.id("vacancy-status")).getAttribute("data-status"))
                    .isEqualTo("PUBLISHED");
            employerPhone.screenshot("vacancy-published");
            assertNoAccessibilityViolations(employer, "own vacancy");

            // A verified job seeker (registered and verified through the APIs) applies on the portal.
            Map<String, Object> person = JobSeekers.newRegistration();
            String personToken = registerVerifiedJobSeeker(person, verifierToken);
            String applicationPath;
            try (Phone seekerPhone = Phone.start("hiring-seeker")) {
                ChromeDriver seeker = seekerPhone.driver;
                signIn(seeker, (String) person.get("email"), (String) person.get("password"));
                applicationPath = PortalSteps.apply(seeker, gateway, "/lowongan/" + vacancyId);
                String applicationId = applicationPath.substring("/lamaran/".length());

                // The company sees the applicant, opens the profile and the CV.
                By applicant = By.cssSelector("#applicants a[href='/perusahaan/pelamar/" + applicationId + "']");
                employer.get(gateway + "/perusahaan/lowongan/" + vacancyId);
                reloadUntil(employer, Duration.ofSeconds(30), driver -> !driver.findElements(applicant).isEmpty());
                // The applicant's name reached vacancy-service sealed in the status event and was opened there.
                assertThat(employer.findElement(applicant).getText()).isEqualTo(person.get("fullName"));
                employer.findElement(applicant).click();
                // account-service learns of the application from its event: the profile appears a moment later.
                reloadUntil(employer, Duration.ofSeconds(30),
                        driver -> !driver.findElements(By.id("open-cv")).isEmpty());
                // The applicant's name heads the page; the profile holds the contacts and the CV.
                assertThat(employer.findElement(By.tagName("h1")).getText()).isEqualTo(person.get("fullName"));
                assertThat(employer.findElement(By.id("applicant-email")).getText()).isEqualTo(person.get("email"));
                assertNoAccessibilityViolations(employer, "applicant");
                employerPhone.screenshot("applicant");
                String cvAnswer = (String) employer.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                            + r.headers.get('content-type') + ' ' + r.headers.get('cache-control') + ' '
                            + new TextDecoder().decode(new Uint8Array(b).slice(0, 5)))));
                        """, employer.findElement(By.id("open-cv")).getDomProperty("href"));
                assertThat(cvAnswer).startsWith("200 application/pdf private, no-store %PDF-");

                // The read is audited in account-service's table, in the read's transaction, with the company as
                // reader; and the person sees it in their export.
                String employerToken = api.login(company.get("email"), company.get("password"));
                String employerId = api.get("/api/accounts/me", employerToken).json().get("id").asString();
                assertThat(applicantReads(applicationId)).contains("PROFILE by " + employerId, "CV by " + employerId);
                await("the CV read in the export").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    JsonNode reads = api.get("/api/accounts/me/export", personToken).json().get("employerReads");
                    assertThat(reads.valueStream().map(read -> read.get("what").asString()
                            + " " + read.get("applicationId").asString()).toList())
                            .contains("CV " + applicationId, "PROFILE " + applicationId);
                });

                // The interview invitation: a date, a time in WIB, a place and a contact person.
                setValue(employer, By.id("date"), interviewDay.toString());
                setValue(employer, By.id("time"), "09:30");
                type(employer, "place", "Kantor " + company.get("companyName") + ", Kawasan KIIC Lot C-1");
                type(employer, "contactName", "Dewi Lestari");
                type(employer, "contactPhone", "0812-1111-2222");
                type(employer, "note", "Bawa fotokopi KTP dan ijazah. Wawancara gratis.");
                employer.findElement(By.id("send-invitation")).click();
                waitOn(employer).until(driver -> "WAWANCARA".equals(
                        driver.findElement(By.id("application-status")).getAttribute("data-status")));
                assertThat(employer.findElement(By.id("interview-place")).getText()).contains("Kawasan KIIC");
                employerPhone.screenshot("invited");
                for (Map.Entry<String, String> page : List.of(Map.entry("own", "/perusahaan/lowongan"),
                        Map.entry("new", "/perusahaan/lowongan/baru"),
                        Map.entry("vacancy", "/perusahaan/lowongan/" + vacancyId),
                        Map.entry("applicant", "/perusahaan/pelamar/" + applicationId))) {
                    budgets.add(PageBudget.firstLoadOn3g(employerPhone, page.getKey(), gateway + page.getValue()));
                }

                // The job seeker sees the invitation with all its details and downloads the calendar file.
                seeker.get(gateway + applicationPath);
                reloadUntil(seeker, Duration.ofSeconds(30), driver -> !driver.findElements(By.id("interview"))
                        .isEmpty());
                assertThat(seeker.findElement(By.id("interview-when")).getText())
                        .contains(String.valueOf(interviewDay.getDayOfMonth()), "09.30 WIB");
                assertThat(seeker.findElement(By.id("interview-place")).getText()).contains("Kawasan KIIC Lot C-1");
                assertThat(seeker.findElement(By.id("interview-contact")).getText())
                        .isEqualTo("Dewi Lestari · 0812-1111-2222");
                assertNoAccessibilityViolations(seeker, "application with interview");
                seekerPhone.screenshot("invitation");
                String ics = (String) seeker.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '
                            + r.headers.get('content-disposition') + '\\n' + t)));
                        """, seeker.findElement(By.id("interview-ics")).getDomProperty("href"));
                assertThat(ics).startsWith("200 attachment;").contains("BEGIN:VCALENDAR", "BEGIN:VEVENT",
                        interviewDay.toString().replace("-", "") + "T093000", "Kawasan KIIC");
                budgets.add(PageBudget.firstLoadOn3g(seekerPhone, "invited", gateway + applicationPath));
                // The same details in the in-app notice (and so on the person's channels, which render it alike).
                await("the invitation's notice").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(notificationsOf(personToken)).anySatisfy(text -> assertThat(text).contains(
                                "Undangan wawancara: " + vacancyTitle, "pukul 09.30", "Kawasan KIIC Lot C-1",
                                "Dewi Lestari, 0812-1111-2222")));

                // A second ad of the same company, evasive; the job seeker applies to it too.
                String evasive = postEvasiveAd(employerToken);
                Api.Response applied = api.post("/api/vacancies/" + evasive + "/applications", "", personToken);
                assertThat(applied.status()).as(applied.body()).isEqualTo(201);

                // Somebody, not signed in, reports it from its page.
                try (Phone visitorPhone = Phone.start("hiring-visitor")) {
                    ChromeDriver visitor = visitorPhone.driver;
                    visitor.get(gateway + "/lowongan/" + evasive);
                    waitFor(visitor, By.id("report-vacancy")).click();
                    waitFor(visitor, By.id("reasonCode"));
                    assertNoAccessibilityViolations(visitor, "report a vacancy");
                    new Select(visitor.findElement(By.id("reasonCode"))).selectByValue("ASKS_FOR_MONEY");
                    visitor.findElement(By.id("text")).sendKeys("Diminta transfer uang seragam lewat WA.");
                    visitor.findElement(By.id("send-report")).click();
                    waitFor(visitor, By.id("report-thanks"));
                    assertNoAccessibilityViolations(visitor, "report thanks");
                    visitorPhone.screenshot("reported");
                }

                // An administrator takes it down in the console's report queue.
                takeDownInTheConsole(evasive);

                // Its applicant is told: the application ends (DITUTUP, taken down) and a notification says so.
                // Its applicant and the company are told, each in their own words.
                await("the applicant told of the take-down").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(notificationsOf(personToken)).anySatisfy(text -> assertThat(text)
                                .contains("Lowongan dihentikan petugas: Staf Gudang Harian", "lamaran Anda ditutup")));
                await("the company told of the take-down").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(notificationsOf(employerToken)).anySatisfy(text -> assertThat(text)
                                .contains("Lowongan Anda dihentikan petugas: Staf Gudang Harian")));
                seeker.get(gateway + "/lamaran");
                reloadUntil(seeker, Duration.ofSeconds(30), driver -> driver.findElements(
                        By.cssSelector("[data-status='DITUTUP']")).size() == 1);
                // Both ads head their card with the company, as published from the projection's opened name.
                assertThat(seeker.findElements(By.cssSelector("article.application p.muted")))
                        .extracting(WebElement::getText)
                        .containsExactly(company.get("companyName"), company.get("companyName"));
                seekerPhone.screenshot("applications-after-take-down");
            }
        }
        assertWithinTheBudgets(budgets);
    }

    /**
     * The company's pages and the invited job seeker's application, measured like the portal's read pages (first
     * load, cache emptied, regular 3G, 360 px) against the same budgets; printed as one block.
     */
    private static void assertWithinTheBudgets(List<PageBudget.Figures> figures) {
        System.out.println("HIRING BUDGETS through the gateway, phone " + Phone.WIDTH + "x" + Phone.HEIGHT
                + ", signed in, first load (empty cache) on 3G; budget: html+css+js <= "
                + PageBudget.MAX_TRANSFERRED_BYTES / 1024 + " KB, dcl3g <= " + PageBudget.MAX_DOM_CONTENT_LOADED_MS
                + " ms, scrollWidth <= innerWidth\n"
                + String.join("\n", figures.stream().map(PageBudget.Figures::line).toList()));
        SoftAssertions softly = new SoftAssertions();
        for (PageBudget.Figures page : figures) {
            softly.assertThat(page.transferredBytes()).as(page.page() + ": HTML+CSS+JS transferred, bytes")
                    .isPositive().isLessThanOrEqualTo(PageBudget.MAX_TRANSFERRED_BYTES);
            softly.assertThat(page.domContentLoadedMs()).as(page.page() + ": DOMContentLoaded on 3G, ms")
                    .isPositive().isLessThanOrEqualTo(PageBudget.MAX_DOM_CONTENT_LOADED_MS);
            softly.assertThat(page.fitsTheScreen()).as(page.page() + ": no horizontal scrolling at 360 px ("
                    + page.scrollWidth() + " > " + page.innerWidth() + ")").isTrue();
        }
        softly.assertAll();
    }

    /** The newest in-app notifications of the token's account, each as "title body". */
    private static List<String> notificationsOf(String token) {
        return api.get("/api/notifications/me?limit=20", token).json().get("items").valueStream()
                .map(notification -> notification.get("title").asString() + " " + notification.get("body").asString())
                .toList();
    }

    /** account-service's audit of employer reads of one application, "WHAT by reader", read from its database. */
    private static List<String> applicantReads(String applicationId) {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl("account_service"),
                platform.databaseUser(), platform.databasePassword());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT what, reader_id FROM applicant_read_audit WHERE application_id = ? ORDER BY read_at")) {
            statement.setObject(1, UUID.fromString(applicationId));
            List<String> reads = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reads.add(rows.getString("what") + " by " + rows.getString("reader_id"));
                }
            }
            return reads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issue 14's devstack promise: every demo vacancy a visitor can find belongs to one of the demo companies whose
     * credentials the devstack prints, and each of them signs in as a verified company told it can post vacancies.
     */
    @Test
    void everyDemoVacancyBelongsToAVerifiedDemoCompanyThatSignsInWithThePrintedCredentials() {
        DemoEmployerCredentials demo = DemoEmployerCredentials.defaults();
        Set<String> ownedDemoVacancies = new HashSet<>();
        for (String email : demo.emails()) {
            String token = api.login(email, demo.password());
            JsonNode me = api.get("/api/accounts/me", token).json();
            assertThat(me.get("type").asString() + " " + me.get("status").asString()).as(email)
                    .isEqualTo("EMPLOYER VERIFIED");
            assertThat(me.get("nextStep").asString()).contains("memasang lowongan");
            api.get("/api/vacancies/own", token).json().valueStream().map(vacancy -> vacancy.get("id").asString())
                    .filter(id -> id.startsWith(DEMO_VACANCY_ID_PREFIX)).forEach(ownedDemoVacancies::add);
        }
        Set<String> publicDemoVacancies = new HashSet<>();
        String cursor = "";
        do {
            JsonNode page = api.get("/api/vacancies?size=50&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), null).json();
            page.get("items").valueStream().map(vacancy -> vacancy.get("id").asString())
                    .filter(id -> id.startsWith(DEMO_VACANCY_ID_PREFIX)).forEach(publicDemoVacancies::add);
            cursor = page.path("nextCursor").isString() ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        assertThat(publicDemoVacancies).isNotEmpty();
        assertThat(ownedDemoVacancies).as("the demo companies' own vacancies").containsAll(publicDemoVacancies);
    }

    private static void fillCompanyRegistration(WebDriver browser, Map<String, String> company) {
        for (String field : List.of("companyName", "nib", "npwp", "address", "contactPerson", "email", "phone",
                "password")) {
            type(browser, field, company.get(field));
        }
        new Select(browser.findElement(By.id("kecamatanCode"))).selectByValue(company.get("kecamatanCode"));
        browser.findElement(By.id("consent")).click();
    }

    private static void fillVacancy(WebDriver browser, String title, String description) {
        type(browser, "title", title);
        type(browser, "description", description);
        type(browser, "requirements", "SMK semua jurusan, sehat jasmani, bersedia kerja shift.");
        new Select(browser.findElement(By.id("minimumEducation"))).selectByValue("SMK");
        new Select(browser.findElement(By.id("employmentType"))).selectByValue("PKWT");
        new Select(browser.findElement(By.id("kecamatanCode"))).selectByValue("321501");
        type(browser, "salaryMin", "5.200.000");
        type(browser, "openings", "10");
        setValue(browser, By.id("closingDate"), LocalDate.now(WIB).plusDays(30).toString());
    }

    /**
     * "Tayangkan" until vacancy-service knows the company is verified: it learns that from the same event as the
     * portal's status page, a moment later, and refuses to publish until then (no fixed sleep).
     */
    private static void publish(WebDriver browser) {
        String vacancyPath = path(browser);
        await("publishing " + vacancyPath).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> {
                    browser.get(gateway + vacancyPath);
                    // An earlier press may have published it after all (its answer was read too early).
                    if (isPublished(browser)) {
                        return true;
                    }
                    WebElement publish = waitFor(browser, By.id("publish"));
                    publish.click();
                    waitOn(browser).until(ExpectedConditions.stalenessOf(publish)); // the POST's answer is shown
                    return isPublished(browser);
                });
    }

    private static boolean isPublished(WebDriver browser) {
        return "PUBLISHED".equals(waitFor(browser, By.id("vacancy-status")).getAttribute("data-status"));
    }

    private static void verifyInTheConsole(String companyName) {
        ChromeDriver console = Browser.start();
        try {
            console.get(gateway + "/console/login");
            console.findElement(By.id("email")).sendKeys(platform.staff().verifierEmail());
            console.findElement(By.id("password")).sendKeys(platform.staff().verifierPassword(), Keys.ENTER);
            waitFor(console, By.id("queue-depth"));
            // The case enters the queue an event after the submission.
            reloadUntil(console, Duration.ofSeconds(30),
                    driver -> Long.parseLong(driver.findElement(By.id("queue-depth")).getText().strip()) > 0);
            console.findElement(By.tagName("body")).sendKeys("n");
            waitOn(console).until(ExpectedConditions.textToBe(By.id("person-name"), companyName));
            console.findElement(By.tagName("body")).sendKeys("a");
            waitOn(console).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("person-name"),
                    companyName)));
        } finally {
            console.quit();
        }
    }

    private static void takeDownInTheConsole(String vacancyId) {
        ChromeDriver console = Browser.start();
        try {
            console.get(gateway + "/console/login");
            console.findElement(By.id("email")).sendKeys(platform.staff().adminEmail());
            console.findElement(By.id("password")).sendKeys(platform.staff().adminPassword(), Keys.ENTER);
            waitOn(console).until(driver -> !path(driver).equals("/console/login"));
            console.get(gateway + "/console/moderation");
            WebElement reported = waitFor(console, By.id("vacancy-" + vacancyId));
            assertThat(reported.getText()).contains("Staf Gudang Harian");
            WebElement takeDown = reported.findElement(By.cssSelector("form.take-down"));
            takeDown.findElement(By.name("note")).sendKeys("Meminta uang seragam dan kontak WhatsApp: calo.");
            takeDown.findElement(By.cssSelector("button[type='submit']")).click();
            waitOn(console).until(driver -> driver.findElements(By.id("vacancy-" + vacancyId)).isEmpty());
        } finally {
            console.quit();
        }
    }

    /**
     * An ad whose request for money the fee screening may miss; should the screening hold it anyway, a reviewer's
     * release puts it online, as a mistaken release would (the report is the second line of defence).
     */
    private static String postEvasiveAd(String employerToken) {
        Map<String, Object> ad = new LinkedHashMap<>();
        ad.put("title", "Staf Gudang Harian");
        ad.put("description", "Kerja harian di gudang. Sebelum mulai kerja, pelamar menyiapkan dana seragam dan "
                + "pelatihan sendiri; rinciannya dijelaskan lewat pesan pribadi setelah melamar.");
        ad.put("requirements", "Pria, SMA/SMK, sehat.");
        ad.put("minimumEducation", "SMA");
        ad.put("kecamatanCode", "321501");
        ad.put("employmentType", "HARIAN");
        ad.put("openings", 5);
        ad.put("closingDate", LocalDate.now(WIB).plusDays(20).toString());
        Api.Response draft = api.post("/api/vacancies", ad, employerToken);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        Api.Response published = api.post("/api/vacancies/" + id + "/publish", "", employerToken);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        if ("NEEDS_REVIEW".equals(published.json().get("status").asString())) {
            String adminToken = api.login(platform.staff().adminEmail(), platform.staff().adminPassword());
            Api.Response released = api.post("/api/vacancies/" + id + "/review", Map.of("decision", "RELEASE"),
                    adminToken);
            assertThat(released.status()).as(released.body()).isEqualTo(200);
        }
        return id;
    }

    /** A job seeker registered, documents sent and approved through the APIs; returns their token. */
    private static String registerVerifiedJobSeeker(Map<String, Object> person, String verifierToken) {
        Api.Response registered = api.post("/api/accounts/job-seekers", person, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        String token = api.login((String) person.get("email"), (String) person.get("password"));
        Documents.uploadAndSubmitAll(gateway, token, (String) person.get("fullName"));
        PortalSteps.approveCaseOf(api, verifierToken, (String) person.get("fullName"));
        return token;
    }

    private static void signIn(WebDriver browser, String username, String password) {
        browser.get(gateway + "/masuk");
        waitFor(browser, By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("masuk-submit")).click();
        waitOn(browser).until(driver -> !path(driver).equals("/masuk"));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** A date or time input's typed format follows the browser's locale; its value is always ISO, so set that. */
    private static void setValue(WebDriver browser, By locator, String value) {
        ((ChromeDriver) browser).executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));
                """, browser.findElement(locator), value);
    }
}
