package id.infoloker.vacancy.vacancies;

import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Rules across fields or against the calendar, which Bean Validation on single fields cannot express. */
@Component
public class VacancyInputPolicy {

    /** Karawang's calendar: a vacancy closing "today" still takes applications until midnight WIB. */
    public static final ZoneId KARAWANG = ZoneId.of("Asia/Jakarta");

    private final Clock clock;

    VacancyInputPolicy(Clock clock) {
        this.clock = clock;
    }

    void check(VacancyRequest request) {
        if (request.salaryMin() != null && request.salaryMax() != null && request.salaryMin() > request.salaryMax()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "salary-range", request.salaryMin(),
                    request.salaryMax()).onField("salaryMin").onField("salaryMax");
        }
        checkClosingDate(request.closingDate());
    }

    void checkClosingDate(LocalDate closingDate) {
        if (closingDate.isBefore(today())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "closing-date-past").onField("closingDate");
        }
    }

    void checkExtension(LocalDate current, LocalDate validThrough) {
        if (validThrough.isBefore(today())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "closing-date-past").onField("validThrough");
        }
        if (!validThrough.isAfter(current)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "extension-not-later", current.toString())
                    .onField("validThrough");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KARAWANG));
    }
}
