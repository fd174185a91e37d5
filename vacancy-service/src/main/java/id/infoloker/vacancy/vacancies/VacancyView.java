package id.infoloker.vacancy.vacancies;

import id.infoloker.vacancy.screening.ScreeningEvidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The employer's (and administrator's) view of a vacancy, including why it is held for review: {@code matchedPhrases}
 * (what was read) and {@code screeningEvidence} (rule, text as written, what was read). The owner sees the evidence
 * too: an honest employer learns which sentence to fix, and a broker learns no more than the phrases already told.
 */
public record VacancyView(UUID id, String companyName, String title, String description, String requirements,
                          String minimumEducation, String kecamatanCode, String employmentType, Long salaryMin,
                          Long salaryMax, int openings, LocalDate closingDate, String howToApply, String status,
                          List<String> matchedPhrases, List<ScreeningEvidence> screeningEvidence,
                          String closeReason, Instant createdAt, Instant publishedAt, Instant closedAt) {

    /** Applications go through the platform only: no phone number, no mail address, no fee. */
    public static final String HOW_TO_APPLY = "PLATFORM";

    public static VacancyView of(Vacancy v) {
        return new VacancyView(v.id(), v.companyName(), v.title(), v.description(), v.requirements(),
                v.minimumEducation(), v.kecamatanCode(), v.employmentType(), v.salaryMin(), v.salaryMax(),
                v.openings(), v.closingDate(), HOW_TO_APPLY, v.status().name(), v.screeningMatches(),
                v.screeningEvidence(), v.closeReason(), v.createdAt(), v.publishedAt(), v.closedAt());
    }
}
