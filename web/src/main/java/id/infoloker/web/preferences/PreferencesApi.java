package id.infoloker.web.preferences;

import id.infoloker.web.backend.Backends;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * notification-service's {@code GET}/{@code PUT /api/notifications/preferences}: the channels besides the in-app inbox
 * (always on) and, for job seekers, up to ten saved vacancy alerts. PUT replaces everything.
 */
@Component
class PreferencesApi {

    static final int MAX_ALERTS = 10;

    private final Backends backends;

    PreferencesApi(Backends backends) {
        this.backends = backends;
    }

    Preferences mine() {
        return backends.notification().get().uri("/api/notifications/preferences").retrieve()
                .body(Preferences.class);
    }

    void replace(Preferences preferences) {
        backends.notification().put().uri("/api/notifications/preferences")
                .contentType(MediaType.APPLICATION_JSON)
                .body(preferences)
                .retrieve()
                .toBodilessEntity();
    }

    /** @param sms SMS/WhatsApp, one switch at the service */
    record Preferences(Boolean email, Boolean sms, List<JobAlert> alerts) {
    }

    /** A null criterion matches any vacancy. */
    record JobAlert(String kecamatanCode, String education, String employmentType) {
    }
}
