package id.infoloker.account.ak1;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holder's AK/1 card, its PDF and the six-monthly re-report; the public check behind the QR code. */
@RestController
class Ak1Controller {

    private final Ak1Cards cards;
    private final Ak1CardFile files;

    Ak1Controller(Ak1Cards cards, Ak1CardFile files) {
        this.cards = cards;
        this.files = files;
    }

    /** Issues the card when the office does not issue on verification; answers the existing card otherwise. */
    @Operation(operationId = "requestAk1Card", summary = "Request my AK/1 card (kartu pencari kerja)",
            description = "Issues the card where the office does not issue it on verification; answers the "
                    + "existing card when there is one.")
    @ApiResponse(responseCode = "200", description = "My card: number, validity and the re-reports due.")
    @ApiProblem(status = 404, codes = "ak1-no-card")
    @ApiProblem(status = 409, codes = "ak1-not-available")
    @PostMapping("/api/accounts/me/ak1")
    Ak1Cards.CardView request(AuthenticatedAccount caller) {
        return cards.request(caller.id());
    }

    @Operation(operationId = "myAk1Card", summary = "Read my AK/1 card")
    @ApiResponse(responseCode = "200", description = "My card: number, validity and the re-reports due.")
    @ApiProblem(status = 404, codes = "ak1-no-card")
    @GetMapping("/api/accounts/me/ak1")
    Ak1Cards.CardView card(AuthenticatedAccount caller) {
        return cards.cardOf(caller.id()).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ak1-no-card"));
    }

    @Operation(operationId = "downloadMyAk1Card", summary = "Download my AK/1 card as PDF")
    @ApiResponse(responseCode = "200", description = "The card to print, as an attachment, never cached.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiProblem(status = 404, codes = "ak1-no-card")
    @GetMapping(path = "/api/accounts/me/ak1/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(AuthenticatedAccount caller) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("kartu-ak1.pdf").build().toString())
                .body(files.pdfOf(caller.id()));
    }

    /** The six-monthly "lapor": still looking for work, details unchanged. */
    @Operation(operationId = "reReportAk1Card", summary = "Re-report my AK/1 card (lapor six-monthly)",
            description = "Says I am still looking for work with my details unchanged; due every six months.")
    @ApiResponse(responseCode = "200", description = "My card with the re-report recorded.")
    @ApiProblem(status = 404, codes = "ak1-no-card")
    @ApiProblem(status = 409, codes = {"ak1-report-not-due", "ak1-already-reported", "ak1-card-not-valid"})
    @PostMapping("/api/accounts/me/ak1/reports")
    Ak1Cards.CardView reReport(AuthenticatedAccount caller) {
        return cards.reReport(caller.id());
    }

    /** Public: only whether the card is valid and the holder's initials. */
    @Operation(operationId = "checkAk1Card", summary = "Check whether an AK/1 card is valid",
            description = "For employers and offices holding a printed card: only validity and the holder's initials.")
    @ApiResponse(responseCode = "200",
            description = "Whether the card is valid, until when, and the holder's initials.")
    @ApiProblem(status = 404, codes = "ak1-card-unknown")
    @GetMapping("/api/ak1/{code}")
    ResponseEntity<Ak1Cards.PublicCheck> check(@PathVariable String code) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(cards.check(code));
    }
}
