package id.infoloker.verification.reports;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import id.infoloker.verification.console.ConsolePage;
import id.infoloker.verification.console.KecamatanNames;
import id.infoloker.verification.console.VacancyModeration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Laporan pasar kerja": the month's figures with charts, and the same as CSV and PDF. ADMIN only. */
@Controller
@ConsolePage
@RequestMapping("/console")
class ReportConsole {

    private final LabourMarketReports reports;
    private final KecamatanNames kecamatan;
    private final VacancyModeration vacancies;
    private final String officeName;

    ReportConsole(LabourMarketReports reports, KecamatanNames kecamatan, VacancyModeration vacancies,
                  @Value("${infoloker.ak1.office-name:Dinas Tenaga Kerja dan Transmigrasi}") String officeName) {
        this.reports = reports;
        this.kecamatan = kecamatan;
        this.vacancies = vacancies;
        this.officeName = officeName;
    }

    @GetMapping("/laporan")
    String page(@RequestParam(name = "bulan", required = false) String month, AuthenticatedAccount viewer,
                @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization, Locale locale, Model model) {
        LabourMarketReport report = reports.of(monthOf(month, viewer));
        Function<String, String> same = Function.identity();
        Function<String, String> kecamatanName = code -> "UNKNOWN".equals(code) ? code : kecamatan.of(code);
        model.addAttribute("report", report);
        model.addAttribute("reportReasons", vacancies.reasonLabels(authorization, locale));
        model.addAttribute("previous", report.month().minusMonths(1));
        model.addAttribute("next", report.month().plusMonths(1));
        model.addAttribute("charts", java.util.List.of(
                new Chart("registered-sex", Bars.of(report.registered().bySex(), same)),
                new Chart("registered-age", Bars.of(report.registered().byAgeGroup(), same)),
                new Chart("registered-education", Bars.of(report.registered().byEducation(), same)),
                new Chart("registered-kecamatan", Bars.of(report.registered().byKecamatan(), kecamatanName)),
                new Chart("verified-education", Bars.of(report.verified().byEducation(), same)),
                new Chart("vacancies-education", Bars.of(report.vacancies().byEducation(), same)),
                new Chart("vacancies-type", Bars.of(report.vacancies().byEmploymentType(), same)),
                new Chart("vacancies-kecamatan", Bars.of(report.vacancies().byKecamatan(), kecamatanName)),
                new Chart("decisions-per-day", Bars.of(report.verification().perDay().stream().collect(
                        java.util.stream.Collectors.toMap(day -> day.day().toString(),
                                LabourMarketReport.DayCount::decisions, Long::sum, java.util.LinkedHashMap::new)),
                        same))));
        return "console/report";
    }

    @GetMapping("/laporan.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "bulan", required = false) String month,
                               AuthenticatedAccount viewer) {
        LabourMarketReport report = reports.of(monthOf(month, viewer));
        return download(ReportRows.csv(report).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                "laporan-pasar-kerja-" + report.month() + ".csv");
    }

    @GetMapping("/laporan.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(name = "bulan", required = false) String month,
                               AuthenticatedAccount viewer) {
        LabourMarketReport report = reports.of(monthOf(month, viewer));
        return download(ReportPdf.render(report, officeName), MediaType.APPLICATION_PDF_VALUE,
                "laporan-pasar-kerja-" + report.month() + ".pdf");
    }

    /** One chart of the page: its id names its title ({@code console.report.chart.<id>}). */
    record Chart(String id, Bars bars) {
    }

    /** ADMIN only; the month as {@code yyyy-MM}, this month (WIB) when absent. */
    private static YearMonth monthOf(String month, AuthenticatedAccount viewer) {
        if (!viewer.hasRole(Roles.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        if (month == null || month.isBlank()) {
            return YearMonth.from(LocalDate.now(LabourMarketReports.OFFICE));
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-month");
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
