package id.infoloker.account.career;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(operationId = "myCareerProfile", summary = "Read my career profile (job seeker)")
    @ApiResponse(responseCode = "200", description = "My experience, skills and languages; empty when never saved.")
    @GetMapping("/api/accounts/me/career-profile")
    CareerProfile mine(AuthenticatedAccount jobSeeker) {
        return profiles.of(jobSeeker.id()).orElse(CareerProfile.EMPTY);
    }

    @Operation(operationId = "replaceMyCareerProfile", summary = "Replace my career profile (job seeker)")
    @ApiResponse(responseCode = "200", description = "The career profile as saved.")
    @ApiProblem(status = 400, codes = {"experience-in-future", "experience-ends-before-start"})
    @PutMapping("/api/accounts/me/career-profile")
    CareerProfile replace(AuthenticatedAccount jobSeeker, @Valid @RequestBody CareerProfile profile) {
        policy.check(profile);
        profiles.save(jobSeeker.id(), profile, Instant.now(clock));
        return profiles.of(jobSeeker.id()).orElseThrow();
    }
}
