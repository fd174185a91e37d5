package id.infoloker.web.feedback;

import id.infoloker.web.backend.Backends;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** verification-service's {@code POST /api/feedback}: the person's token goes along when they are signed in. */
@Component
class FeedbackApi {

    private final Backends backends;

    FeedbackApi(Backends backends) {
        this.backends = backends;
    }

    void send(String category, String page, String text, byte[] screenshot) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(Map.of("category", category, "text", text));
        if (page != null) {
            body.put("page", page);
        }
        if (screenshot != null) {
            body.put("screenshot", Base64.getEncoder().encodeToString(screenshot));
        }
        backends.verification().post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity();
    }
}
