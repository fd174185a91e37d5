package id.infoloker.vacancy.vacancies;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to a vacancy's open applications when it ends for good; implemented by the applications feature (which
 * depends on vacancies, not the other way round).
 */
public interface OpenApplications {

    /** @return how many open applications were closed (and their job seekers told) */
    int closeAll(UUID vacancyId, String reason, String note, Instant at);
}
