package id.infoloker.account.career;

import id.infoloker.kit.security.AuthenticatedAccount;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The job seeker's own career profile (JOB_SEEKER only, profile.AccountAccessRules); never saved: the empty one. */
@RestController
class CareerProfileController {

    private final CareerProfiles profiles;
    private final CareerProfilePolicy policy;
    private final Clock clock;

    CareerProfileController(CareerProfiles profiles, CareerProfilePolicy policy, Clock clock) {
        this.profiles = profiles;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/api/accounts/me/career-profile")
    CareerProfile mine(AuthenticatedAccount jobSeeker) {
        return profiles.of(jobSeeker.id()).orElse(CareerProfile.EMPTY);
    }

    @PutMapping("/api/accounts/me/career-profile")
    CareerProfile replace(AuthenticatedAccount jobSeeker, @Valid @RequestBody CareerProfile profile) {
        policy.check(profile);
        profiles.save(jobSeeker.id(), profile, Instant.now(clock));
        return profiles.of(jobSeeker.id()).orElseThrow();
    }
}
