package id.infoloker.web.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * vacancy-service's {@code GET /api/applications/{id}}: one application as its job seeker and the vacancy's employer
 * see it — every step it went through, and the interview it is invited to. Both the job seeker's page and the
 * company's applicant page show it.
 *
 * @param allowedNext the employer's possible moves (empty for the job seeker)
 * @param canWithdraw whether the job seeker may still withdraw it
 */
public record ApplicationDetail(UUID applicationId, UUID vacancyId, String vacancyTitle, String companyName,
                                String vacancyStatus, Applicant applicant, String status, String reasonCode,
                                String note, Instant submittedAt, Instant updatedAt, List<Step> history,
                                Interview interview, List<String> allowedNext, Boolean canWithdraw) {

    /** What the list of one's applications says about one: its status, reason and dates, no interview, no moves. */
    static ApplicationDetail of(ApplicationApi.MyApplication mine) {
        List<Step> steps = mine.changedSinceSubmitted()
                ? List.of(new Step("DIKIRIM", null, null, mine.submittedAt()),
                        new Step(mine.status(), mine.reasonCode(), null, mine.updatedAt()))
                : List.of(new Step(mine.status(), mine.reasonCode(), null, mine.submittedAt()));
        return new ApplicationDetail(mine.applicationId(), mine.vacancyId(), mine.vacancyTitle(), mine.companyName(),
                mine.vacancyStatus(), null, mine.status(), mine.reasonCode(), null, mine.submittedAt(),
                mine.updatedAt(), steps, null, List.of(), false);
    }

    public List<Step> steps() {
        return history == null ? List.of() : history;
    }

    public boolean allows(String next) {
        return allowedNext != null && allowedNext.contains(next);
    }

    public boolean withdrawable() {
        return Boolean.TRUE.equals(canWithdraw);
    }

    public boolean vacancyOpen() {
        return "PUBLISHED".equals(vacancyStatus);
    }

    /** The badge's colour: good news green, the end red, an interview amber, the rest neutral. */
    public String tone() {
        return Tones.of(status);
    }

    public record Applicant(UUID jobSeekerId, String displayName, String kecamatanCode) {
    }

    public record Step(String status, String reasonCode, String note, Instant changedAt) {

        public LocalDate changedOn() {
            return changedAt == null ? null : LocalDate.ofInstant(changedAt, ApplicationApi.WIB);
        }
    }

    /**
     * @param startsAt wall-clock time in {@code timeZone} (Asia/Jakarta, WIB: Karawang has no daylight saving)
     * @param sequence how often it was rescheduled
     */
    public record Interview(LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, Integer durationMinutes,
                            String place, String onlineLink, String contactName, String contactPhone, String note,
                            Integer sequence) {

        public boolean rescheduled() {
            return sequence != null && sequence > 0;
        }
    }

    /** The colour of a status badge, the same on every page. */
    public static final class Tones {

        private Tones() {
        }

        public static String of(String status) {
            return switch (status == null ? "" : status) {
                case "DITERIMA" -> "ok";
                case "DITOLAK", "DITUTUP", "DITARIK" -> "bad";
                case "WAWANCARA" -> "warn";
                default -> "";
            };
        }
    }
}
