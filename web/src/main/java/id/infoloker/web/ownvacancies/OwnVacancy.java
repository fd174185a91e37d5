package id.infoloker.web.ownvacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of the employer's vacancies as vacancy-service shows it to its owner: every field (to edit it), its status,
 * why screening held it (the matched text, so an honest employer knows which sentence to fix) and its applications'
 * counts.
 *
 * @param status DRAFT, NEEDS_REVIEW (held by the screening), PUBLISHED, CLOSED, or HIDDEN (the employer suspended)
 */
public record OwnVacancy(UUID id, String title, String description, String requirements, String minimumEducation,
                         String kecamatanCode, String employmentType, Long salaryMin, Long salaryMax,
                         Integer openings, LocalDate closingDate, String status, List<String> matchedPhrases,
                         List<Evidence> screeningEvidence, String closeReason, Instant publishedAt,
                         ApplicationCounts applications) {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean held() {
        return "NEEDS_REVIEW".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** Editable until it is closed; a published one's edit is screened again. */
    public boolean editable() {
        return draft() || held() || published();
    }

    public List<Evidence> evidence() {
        return screeningEvidence == null ? List.of() : screeningEvidence;
    }

    public long total() {
        return applications == null ? 0 : applications.total();
    }

    public long open() {
        return applications == null ? 0 : applications.open();
    }

    /** The badge's colour, as on the job seeker's pages: live green, held amber, ended red. */
    public String tone() {
        return switch (status == null ? "" : status) {
            case "PUBLISHED" -> "ok";
            case "NEEDS_REVIEW" -> "warn";
            case "CLOSED", "HIDDEN" -> "bad";
            default -> "";
        };
    }

    /** @param rule which screening rule matched; {@code matchedText} as written, {@code phrase} as read */
    public record Evidence(String rule, String matchedText, String phrase) {
    }

    /** @param open applications not yet decided (neither accepted, rejected, withdrawn nor closed) */
    public record ApplicationCounts(long total, long open, Map<String, Long> byStatus) {
    }
}
