package id.infoloker.verification.queue;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.CaseViews;
import id.infoloker.verification.cases.Cases;
import id.infoloker.verification.cases.VerificationCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The verifiers' queue. Staff only (see StaffOnlyRules). */
@RestController
@RequestMapping("/api/verification")
class QueueController {

    static final int MAX_PAGE_SIZE = 100;

    static final int MAX_PAGE = 10_000;

    private final CaseClaims claims;
    private final Cases cases;
    private final CaseViews views;
    private final QueueStatistics statistics;

    QueueController(CaseClaims claims, Cases cases, CaseViews views, QueueStatistics statistics) {
        this.claims = claims;
        this.cases = cases;
        this.views = views;
        this.statistics = statistics;
    }

    /** 200 with the claimed case, 204 when nothing waits. */
    @Operation(operationId = "claimNextCase", summary = "Claim the next case in the queue",
            description = "The claim is a 10-minute lease; decide or release before it ends.")
    @ApiResponse(responseCode = "200", description = "The claimed case.")
    @ApiResponse(responseCode = "204", description = "Nothing waits.")
    @PostMapping("/cases/claim-next")
    ResponseEntity<CaseView> claimNext(AuthenticatedAccount verifier) {
        return claims.claimNext(verifier.id())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** 204: the case is back in the queue at its place; 409 unless the caller holds it. */
    @Operation(operationId = "releaseCase", summary = "Give a claimed case back to the queue")
    @ApiResponse(responseCode = "204", description = "Back in the queue at its place.")
    @ApiProblem(status = 404, codes = "case-not-found")
    @ApiProblem(status = 409, codes = "case-not-claimed")
    @PostMapping("/cases/{id}/release")
    ResponseEntity<Void> release(@PathVariable UUID id, AuthenticatedAccount verifier) {
        claims.release(id, verifier.id());
        return ResponseEntity.noContent().build();
    }

    /** Page through cases in queue order (priority, then oldest registration); {@code size} is capped at 100. */
    @Operation(operationId = "listCases", summary = "Page through cases in queue order",
            description = "Priority, then oldest registration. Page-number paging: `page` from 0, `size` up to 100; "
                    + "`hasNext` tells whether another page follows.")
    @ApiResponse(responseCode = "200", description = "One page of cases.")
    @GetMapping("/cases")
    CasePage list(@RequestParam(required = false) CaseStatus status,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
        // The offset page × size must fit the database's int offset; nobody pages a million cases deep.
        if (page < 0 || page > MAX_PAGE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "page").onField("page");
        }
        if (size < 1) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "size").onField("size");
        }
        int pageSize = Math.min(size, MAX_PAGE_SIZE);
        Slice<VerificationCase> slice = cases.page(status, page, pageSize);
        return new CasePage(views.of(slice.getContent()), page, pageSize, slice.hasNext());
    }

    /** ADMIN only: gives an open, complete case to a verifier (their next claim-next returns it). */
    @Operation(operationId = "assignCase", summary = "Give an open case to a verifier (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Assigned: the verifier's next claim returns it.")
    @ApiProblem(status = 404, codes = "case-not-found")
    @ApiProblem(status = 409, codes = "case-not-claimable")
    @PostMapping("/cases/{id}/assign")
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestParam UUID verifierId, AuthenticatedAccount admin) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        claims.assign(id, verifierId, admin.id());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "queueSnapshot", summary = "Queue depth now")
    @ApiResponse(responseCode = "200", description = "Cases waiting, by kind.")
    @GetMapping("/queue")
    QueueStatistics.QueueSnapshot queue() {
        return statistics.current();
    }
}
