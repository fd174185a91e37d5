package id.infoloker.verification.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One month of the labour market as the office reports it upward. Every count is of that month in the office's
 * calendar (WIB). No figure identifies a person.
 *
 * @param registered   job seekers who registered in the month
 * @param verified     job seekers approved in the month
 * @param applications applications sent in the month
 * @param placements   applications accepted by the employer in the month
 * @param reports      "Laporkan lowongan" reports received in the month, by reason
 * @param closures     vacancies closed in the month, by reason (the office's take-downs among them)
 * @param feedback     public feedback received in the month, by category
 */
public record LabourMarketReport(YearMonth month, Breakdown registered, Breakdown verified, Vacancies vacancies,
                                 long applications, long placements, Throughput verification,
                                 Map<String, Long> reports, Map<String, Long> closures,
                                 Map<String, Long> feedback) {

    /** A count and its splits; keys are codes (sex M/F, age groups, education levels, kecamatan codes). */
    public record Breakdown(long total, Map<String, Long> bySex, Map<String, Long> byAgeGroup,
                            Map<String, Long> byEducation, Map<String, Long> byKecamatan) {
    }

    public record Vacancies(long total, Map<String, Long> byEducation, Map<String, Long> byEmploymentType,
                            Map<String, Long> byKecamatan) {
    }

    /**
     * @param medianWaitHours registration to a final decision (approved or rejected), decisions of the month
     * @param revisionRate    the share of the month's decisions that asked for a revision
     */
    public record Throughput(long decisions, List<DayCount> perDay, Double medianWaitHours, Double p90WaitHours,
                             double revisionRate) {
    }

    public record DayCount(LocalDate day, long decisions) {
    }
}
