package id.infoloker.vacancy.web;

import id.infoloker.vacancy.vacancies.VacancyInputPolicy;
import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @FutureOrPresent} on a date means "not before today in Karawang" (WIB, UTC+7), not today on the server's
 * clock: between 17:00 and 24:00 UTC the two calendars differ by a day.
 */
@Configuration(proxyBeanMethods = false)
class KarawangValidationClock {

    @Bean
    ValidationConfigurationCustomizer karawangClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(VacancyInputPolicy.KARAWANG));
    }
}
