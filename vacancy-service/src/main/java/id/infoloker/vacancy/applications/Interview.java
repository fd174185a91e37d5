package id.infoloker.vacancy.applications;

import id.infoloker.vacancy.vacancies.VacancyInputPolicy;
import java.time.Instant;
import java.time.LocalDateTime;

/** An interview as stored: wall-clock time in WIB; {@code sequence} counts reschedules. */
public record Interview(LocalDateTime startsAt, int durationMinutes, String place, String onlineLink,
                        String contactName, String contactPhone, String note, int sequence, Instant updatedAt) {

    public static final String TIME_ZONE = VacancyInputPolicy.KARAWANG.getId();

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
