package id.infoloker.verification.feedback;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** "Laporkan masalah / saran" for API clients and the portal; anonymous or signed in. Rate-limited at the gateway. */
@RestController
class FeedbackController {

    private final FeedbackInbox inbox;

    FeedbackController(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    /** A signed-in sender can get a reply through notifications; an anonymous one cannot. */
    @Operation(operationId = "sendFeedback", summary = "Send feedback to the labour office (anyone)",
            description = "With an optional screenshot (PNG or JPEG, base64, at most 1 MB). Signed-in senders can "
                    + "get a reply through their notifications; anonymous ones cannot.")
    @ApiResponse(responseCode = "201", description = "Received: its id, status and whether a reply is possible.")
    @ApiProblem(status = 400, codes = "feedback-screenshot-invalid")
    @ApiProblem(status = 413, codes = "feedback-screenshot-too-large")
    @PostMapping("/api/feedback")
    ResponseEntity<Map<String, Object>> send(@Valid @RequestBody FeedbackRequest request, Principal sender) {
        UUID senderId = sender == null ? null : UUID.fromString(sender.getName());
        Feedback received = inbox.receive(request, screenshotOf(request.screenshot()), senderId);
        return ResponseEntity.created(URI.create("/api/feedback/" + received.id()))
                .body(Map.of("id", received.id(), "status", received.status().name(),
                        "replyPossible", !received.anonymous()));
    }

    /** The screenshot as sent (base64): at most 1 MB decoded, a PNG or JPEG by its first bytes; null when absent. */
    private static Screenshot screenshotOf(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "feedback-screenshot-invalid").onField("screenshot");
        }
        if (bytes.length > Screenshot.MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "feedback-screenshot-too-large")
                    .onField("screenshot");
        }
        Screenshot screenshot = Screenshot.detect(bytes);
        if (screenshot == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "feedback-screenshot-invalid").onField("screenshot");
        }
        return screenshot;
    }
}
