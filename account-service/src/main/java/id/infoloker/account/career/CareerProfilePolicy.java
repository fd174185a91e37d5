package id.infoloker.account.career;

import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Rules across fields: an experience ends after it starts, and neither lies in the future (WIB). */
@Component
class CareerProfilePolicy {

    private static final ZoneId KARAWANG = ZoneId.of("Asia/Jakarta");

    private final Clock clock;

    CareerProfilePolicy(Clock clock) {
        this.clock = clock;
    }

    void check(CareerProfile profile) {
        YearMonth now = YearMonth.now(clock.withZone(KARAWANG));
        for (int i = 0; i < profile.experiences().size(); i++) {
            CareerProfile.Experience experience = profile.experiences().get(i);
            if (experience.from().isAfter(now) || experience.to() != null && experience.to().isAfter(now)) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "experience-in-future")
                        .onField("experiences[" + i + "].from");
            }
            if (experience.to() != null && experience.to().isBefore(experience.from())) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "experience-ends-before-start")
                        .onField("experiences[" + i + "].to");
            }
        }
    }
}
