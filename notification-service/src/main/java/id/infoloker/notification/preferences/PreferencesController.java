package id.infoloker.notification.preferences;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own preferences (the token's subject): channels, and job alerts for job seekers. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferencesController {

    private final ChannelPreferences channels;
    private final JobAlerts alerts;
    private final Clock clock;

    PreferencesController(ChannelPreferences channels, JobAlerts alerts, Clock clock) {
        this.channels = channels;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Operation(operationId = "myPreferences", summary = "My notification channels and job alerts")
    @ApiResponse(responseCode = "200", description = "My preferences.")
    @GetMapping
    @Transactional(readOnly = true)
    Preferences mine(AuthenticatedAccount owner) {
        ChannelChoice choice = channels.of(owner.id());
        return new Preferences(choice.email(), choice.sms(), alerts.of(owner.id()));
    }

    /** Replaces the preferences; job alerts are for job seekers only (403 {@code alerts-for-job-seekers}). */
    @Operation(operationId = "replaceMyPreferences", summary = "Replace my notification channels and job alerts")
    @ApiResponse(responseCode = "200", description = "My preferences as saved.")
    @ApiProblem(status = 403, codes = "alerts-for-job-seekers")
    @ApiProblem(status = 410, codes = "account-erased")
    @PutMapping
    @Transactional
    Preferences replace(AuthenticatedAccount owner, @Valid @RequestBody Preferences preferences) {
        List<JobAlert> wanted = preferences.alerts() == null ? List.of() : preferences.alerts();
        if (!wanted.isEmpty() && !owner.hasRole(Roles.JOB_SEEKER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "alerts-for-job-seekers").onField("alerts");
        }
        channels.save(owner.id(), new ChannelChoice(preferences.email(), preferences.sms()), clock.instant());
        alerts.replace(owner.id(), wanted, clock.instant());
        return mine(owner);
    }
}
