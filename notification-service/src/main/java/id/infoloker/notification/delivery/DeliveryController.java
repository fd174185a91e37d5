package id.infoloker.notification.delivery;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For ADMIN: deliveries by status (FAILED ones with their cause) and a retry of a FAILED one. */
@RestController
@RequestMapping("/api/notifications/deliveries")
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Bean
    static ServiceAuthorizationRules deliveriesAreForAdmins() {
        return rules -> rules.requestMatchers("/api/notifications/deliveries/**").hasRole(Roles.ADMIN);
    }

    @Operation(operationId = "listDeliveries", summary = "List email/SMS deliveries by status (ADMIN)")
    @ApiResponse(responseCode = "200", description = "Deliveries, FAILED ones with their cause.")
    @GetMapping
    List<DeliveryView> withStatus(@RequestParam(defaultValue = "FAILED") DeliveryStatus status,
                                  @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "limit").onField("limit");
        }
        return deliveries.withStatus(status, Math.min(limit, 500)).stream().map(DeliveryView::of).toList();
    }

    /** 202: queued again, the dispatcher sends it on its next round; 404 unknown; 409 if it is not FAILED. */
    @Operation(operationId = "retryDelivery", summary = "Send a failed delivery again (ADMIN)")
    @ApiResponse(responseCode = "202", description = "Queued again.")
    @ApiProblem(status = 404, codes = "delivery-not-found")
    @ApiProblem(status = 409, codes = "delivery-not-failed")
    @PostMapping("/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable UUID id) {
        if (deliveries.retry(id)) {
            return ResponseEntity.accepted().build();
        }
        if (deliveries.find(id).isEmpty()) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "delivery-not-found");
        }
        throw new ProblemException(HttpStatus.CONFLICT, "delivery-not-failed");
    }
}
