package id.infoloker.account.ak1;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
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
    @PostMapping("/api/accounts/me/ak1")
    Ak1Cards.CardView request(AuthenticatedAccount caller) {
        return cards.request(caller.id());
    }

    @GetMapping("/api/accounts/me/ak1")
    Ak1Cards.CardView card(AuthenticatedAccount caller) {
        return cards.cardOf(caller.id()).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ak1-no-card"));
    }

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
    @PostMapping("/api/accounts/me/ak1/reports")
    Ak1Cards.CardView reReport(AuthenticatedAccount caller) {
        return cards.reReport(caller.id());
    }

    /** Public: only whether the card is valid and the holder's initials. */
    @GetMapping("/api/ak1/{code}")
    ResponseEntity<Ak1Cards.PublicCheck> check(@PathVariable String code) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(cards.check(code));
    }
}
