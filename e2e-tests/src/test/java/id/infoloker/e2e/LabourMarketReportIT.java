package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.DemoEmployerCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19's "report figures equal counts computed independently from the services' own tables after a scripted day":
 * a job seeker registers and is verified, a demo employer posts and publishes two vacancies, the job seeker applies and
 * is hired after an interview, the second vacancy is reported and taken down by an ADMIN. The month's report (its CSV)
 * is then compared, figure by figure, with counts taken straight from vacancy-service's and verification-service's
 * tables. The report is a projection of events, so the comparison waits until both agree (other tests' events may
 * still be arriving). The ADMIN's report page is then opened in Chromium: axe-clean, and its screenshot is what
 * docs/screenshots/report.png shows.
 */
class LabourMarketReportIT extends ConsoleInBrowser {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theMonthsReportAgreesWithEveryServicesOwnTablesAfterAScriptedDay() throws Exception {
        // A job seeker registers, uploads, is verified.
        Map<String, Object> registration = JobSeekers.newRegistration();
        Api.Response registered = api.post("/api/accounts/job-seekers", registration, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        UUID jobSeekerId = UUID.fromString(registered.json().get("accountId").asString());
        String jobSeeker = api.login((String) registration.get("email"), (String) registration.get("password"));
        Documents.uploadAndSubmitAll(platform.gatewayUrl(), jobSeeker, (String) registration.get("fullName"));
        String verifier = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        ThinFlowIT.approveUntilDecided(api, verifier, jobSeekerId);

        // A demo employer (a real, verified account in the devstack) posts two vacancies.
        DemoEmployerCredentials demo = DemoEmployerCredentials.defaults();
        String employer = api.login(demo.emails().get(0), demo.password());
        String hiring = publishedVacancy(employer, "Teknisi Listrik Pabrik");
        String reported = publishedVacancy(employer, "Operator Gudang Malam");

        // The job seeker applies; the employer invites, then hires.
        Api.Response applied = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.post("/api/vacancies/" + hiring + "/applications", Map.of(), jobSeeker),
                        response -> response.status() == 201);
        String application = applied.json().get("applicationId").asString();
        Map<String, Object> interview = new LinkedHashMap<>();
        interview.put("startsAt", LocalDateTime.now(OFFICE).plusDays(3).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).toString());
        interview.put("durationMinutes", 45);
        interview.put("place", "Kawasan KIIC Blok A-3, Telukjambe Timur");
        interview.put("contactName", "Ibu Rina (HRD)");
        interview.put("contactPhone", "0267 123 4567");
        expect(api.post("/api/applications/" + application + "/interview", interview, employer), 200);
        expect(api.post("/api/applications/" + application + "/status", Map.of("status", "DITERIMA"), employer), 200);

        // Someone reports the second vacancy; an ADMIN takes it down.
        expect(api.post("/api/vacancies/" + reported + "/reports",
                Map.of("reasonCode", "ASKS_FOR_MONEY", "text", "Diminta uang seragam"), null), 201);
        String admin = api.login(platform.staff().adminEmail(), platform.staff().adminPassword());
        expect(api.post("/api/moderation/vacancies/" + reported + "/take-down",
                Map.of("reasonCode", "ASKS_FOR_MONEY", "note", "Meminta biaya seragam dari pelamar."), admin), 200);

        // The report, figure by figure, against the services' own tables.
        YearMonth month = YearMonth.now(OFFICE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Long> report = figures(month, admin);
            Map<String, Long> counted = countedInTheServicesTables(month);
            assertThat(report).containsAllEntriesOf(counted);
        });
        Map<String, Long> agreed = figures(month, admin);
        System.out.println("LABOUR MARKET REPORT " + month + " agreed with the services' tables: " + agreed);
        assertThat(agreed.get("vacancies,total")).as("the devstack's demo vacancies and this day's two")
                .isGreaterThanOrEqualTo(10);
        assertThat(agreed.get("placements,total")).isPositive();
        assertThat(agreed.get("moderation.reported,ASKS_FOR_MONEY")).isPositive();
        assertThat(agreed.get("moderation.closed,TAKEN_DOWN")).isPositive();

        // The page the office reads: ADMIN only, server-drawn charts, accessible; its screenshot goes to the docs.
        browser.get(platform.gatewayUrl() + "/console/login");
        browser.findElement(By.id("email")).sendKeys(platform.staff().adminEmail());
        browser.findElement(By.id("password")).sendKeys(platform.staff().adminPassword(), Keys.ENTER);
        // Signed in once the login page is left (its own address contains /console too).
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.not(ExpectedConditions.urlContains("/console/login")));
        browser.get(platform.gatewayUrl() + "/console/laporan?bulan=" + month);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("main svg")));
        } catch (org.openqa.selenium.TimeoutException noChart) {
            throw new AssertionError("no chart on " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), noChart);
        }
        assertThat(browser.findElements(By.cssSelector("main svg")).size()).isGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("reports")).getText()).contains("Meminta uang atau biaya");
        assertThat(browser.findElement(By.id("closures")).getText()).contains("Dihentikan petugas");
        List<Axe.Violation> violations = Axe.violations(browser);
        System.out.println("AXE console report: " + Axe.byImpact(violations));
        assertThat(violations).filteredOn(Axe.Violation::blocking).isEmpty();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1000, (int) Math.min(height + 40, 6000)));
        Files.createDirectories(Phone.SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Phone.SCREENSHOTS.resolve("report.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static String publishedVacancy(String employer, String title) {
        Map<String, Object> vacancy = new LinkedHashMap<>();
        vacancy.put("title", title);
        vacancy.put("description", "Bekerja di kawasan industri Karawang, shift pagi dan malam bergantian, BPJS"
                + " Kesehatan dan Ketenagakerjaan.");
        vacancy.put("requirements", "Lulusan SMK, sehat jasmani, bersedia kerja shift.");
        vacancy.put("minimumEducation", "SMK");
        vacancy.put("kecamatanCode", "321503");
        vacancy.put("employmentType", "PKWT");
        vacancy.put("salaryMin", 5_200_000);
        vacancy.put("openings", 2);
        vacancy.put("closingDate", LocalDate.now(OFFICE).plusDays(30).toString());
        Api.Response draft = api.post("/api/vacancies", vacancy, employer);
        expect(draft, 201);
        String id = draft.json().get("id").asString();
        Api.Response published = api.post("/api/vacancies/" + id + "/publish", Map.of(), employer);
        expect(published, 200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        return id;
    }

    private static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    /** The CSV download as "section,key" → value, for the figures compared here. */
    private static Map<String, Long> figures(YearMonth month, String admin) throws Exception {
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl("verification")
                        + "/console/laporan.csv?bulan=" + month)).header("Authorization", "Bearer " + admin).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        Map<String, Long> figures = new LinkedHashMap<>();
        csv.body().lines().skip(1).forEach(line -> {
            String[] fields = line.split(",", -1);
            if (fields.length == 4 && fields[3].matches("\\d+")) {
                figures.put(fields[1] + "," + fields[2], Long.parseLong(fields[3]));
            }
        });
        return figures;
    }

    /** The same figures, counted in the owning services' own tables (not in the report's projection). */
    private static Map<String, Long> countedInTheServicesTables(YearMonth month) throws Exception {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(OFFICE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(OFFICE).toInstant());
        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put("registered,total", count("verification_service", "SELECT count(*) FROM verification_case "
                + "WHERE account_type = 'JOB_SEEKER' AND registered_at >= ? AND registered_at < ?", from, to));
        counted.put("verification,decisions", count("verification_service", "SELECT count(*) FROM "
                + "verification_decision WHERE decided_at >= ? AND decided_at < ?", from, to));
        counted.put("vacancies,total", count("vacancy_service", "SELECT count(*) FROM vacancy "
                + "WHERE published_at >= ? AND published_at < ?", from, to));
        counted.put("applications,total", count("vacancy_service", "SELECT count(*) FROM application "
                + "WHERE submitted_at >= ? AND submitted_at < ?", from, to));
        counted.put("placements,total", count("vacancy_service", "SELECT count(DISTINCT application_id) FROM "
                + "application_status_history WHERE status = 'DITERIMA' AND changed_at >= ? AND changed_at < ?",
                from, to));
        counted.put("moderation.reported,ASKS_FOR_MONEY", count("vacancy_service", "SELECT count(*) FROM "
                + "vacancy_report WHERE reason_code = 'ASKS_FOR_MONEY' AND created_at >= ? AND created_at < ?",
                from, to));
        counted.put("moderation.closed,TAKEN_DOWN", count("vacancy_service", "SELECT count(*) FROM vacancy "
                + "WHERE close_reason = 'TAKEN_DOWN' AND closed_at >= ? AND closed_at < ?", from, to));
        return counted;
    }

    private static long count(String database, String sql, Timestamp from, Timestamp to) throws Exception {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database), platform.databaseUser(),
                platform.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
