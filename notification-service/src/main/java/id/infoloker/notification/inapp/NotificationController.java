package id.infoloker.notification.inapp;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner's in-app notifications; the owner is the token's subject, so nobody can read another's. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    static final int MAX_LIMIT = 100;

    private final InAppNotifications notifications;
    private final Clock clock;

    NotificationController(InAppNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Newest first, at most {@code limit} (capped at 100); {@code unread} counts all unread ones. */
    @Operation(operationId = "myNotifications", summary = "My in-app notifications, newest first",
            description = "At most `limit` (1 to 100) and the count of all unread ones.")
    @ApiResponse(responseCode = "200", description = "My notifications.")
    @GetMapping("/me")
    @Transactional(readOnly = true)
    MyNotifications mine(AuthenticatedAccount owner, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "limit").onField("limit");
        }
        return new MyNotifications(notifications.unreadOf(owner.id()),
                notifications.latestOf(owner.id(), Math.min(limit, MAX_LIMIT)));
    }

    /** 204; 404 for a notification that does not exist or belongs to someone else (no hint which). */
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read")
    @ApiResponse(responseCode = "204", description = "Marked read.")
    @ApiProblem(status = 404, codes = "notification-not-found")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(AuthenticatedAccount owner, @PathVariable UUID id) {
        if (!notifications.markRead(owner.id(), id, clock.instant())) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "notification-not-found");
        }
        return ResponseEntity.noContent().build();
    }
}
