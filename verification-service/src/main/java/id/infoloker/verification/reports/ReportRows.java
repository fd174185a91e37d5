package id.infoloker.verification.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report flattened to rows (section, key, value): what the CSV and PDF downloads print and the page's tables
 * show, so all three say the same thing.
 */
final class ReportRows {

    record Row(String section, String key, String value) {
    }

    private ReportRows() {
    }

    static List<Row> of(LabourMarketReport report) {
        List<Row> rows = new ArrayList<>();
        breakdown(rows, "registered", report.registered());
        breakdown(rows, "verified", report.verified());
        rows.add(new Row("vacancies", "total", Long.toString(report.vacancies().total())));
        map(rows, "vacancies.education", report.vacancies().byEducation());
        map(rows, "vacancies.employment-type", report.vacancies().byEmploymentType());
        map(rows, "vacancies.kecamatan", report.vacancies().byKecamatan());
        rows.add(new Row("applications", "total", Long.toString(report.applications())));
        rows.add(new Row("placements", "total", Long.toString(report.placements())));
        LabourMarketReport.Throughput throughput = report.verification();
        rows.add(new Row("verification", "decisions", Long.toString(throughput.decisions())));
        rows.add(new Row("verification", "median-wait-hours", hours(throughput.medianWaitHours())));
        rows.add(new Row("verification", "p90-wait-hours", hours(throughput.p90WaitHours())));
        rows.add(new Row("verification", "revision-rate", String.format(java.util.Locale.ROOT, "%.3f",
                throughput.revisionRate())));
        throughput.perDay().forEach(day -> rows.add(new Row("verification.per-day", day.day().toString(),
                Long.toString(day.decisions()))));
        map(rows, "moderation.reported", report.reports());
        map(rows, "moderation.closed", report.closures());
        map(rows, "feedback", report.feedback());
        return rows;
    }

    private static void breakdown(List<Row> rows, String section, LabourMarketReport.Breakdown breakdown) {
        rows.add(new Row(section, "total", Long.toString(breakdown.total())));
        map(rows, section + ".sex", breakdown.bySex());
        map(rows, section + ".age", breakdown.byAgeGroup());
        map(rows, section + ".education", breakdown.byEducation());
        map(rows, section + ".kecamatan", breakdown.byKecamatan());
    }

    private static void map(List<Row> rows, String section, Map<String, Long> counts) {
        counts.forEach((key, count) -> rows.add(new Row(section, key, Long.toString(count))));
    }

    private static String hours(Double hours) {
        return hours == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", hours);
    }

    /** RFC 4180: fields quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet runs no formula. */
    static String csv(LabourMarketReport report) {
        StringBuilder out = new StringBuilder("month,section,key,value\r\n");
        for (Row row : of(report)) {
            out.append(report.month()).append(',').append(field(row.section())).append(',')
                    .append(field(row.key())).append(',').append(field(row.value())).append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
