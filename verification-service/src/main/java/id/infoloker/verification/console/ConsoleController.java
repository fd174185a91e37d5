package id.infoloker.verification.console;

import id.infoloker.events.VerificationOutcome;
import id.infoloker.identity.StoredDocument;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.problem.Refusal;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import id.infoloker.verification.cases.Cases;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.CaseViews;
import id.infoloker.verification.cases.VerificationCase;
import id.infoloker.verification.checks.RequiredDocumentsPolicy;
import id.infoloker.verification.decision.CaseDecisions;
import id.infoloker.verification.decision.DecisionHistory;
import id.infoloker.verification.decision.DecisionRequest;
import id.infoloker.verification.decision.RejectionReason;
import id.infoloker.verification.queue.CaseClaims;
import id.infoloker.verification.queue.QueueStatistics;
import id.infoloker.verification.statistics.VerificationStatistics;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * The verifiers' console, server-rendered. Reached through the gateway, which turns the console cookie into the
 * verifier's bearer token (so the staff rules and {@link AuthenticatedAccount} work as for the API) and checks CSRF.
 * Forms work as plain posts; with htmx ({@code HX-Request}) a decision answers {@code HX-Redirect} to the next case
 * or an error fragment.
 */
@Controller
@ConsolePage
@RequestMapping("/console")
class ConsoleController {

    private static final int RECENT_DECISIONS = 20;
    private static final int SEARCH_LIMIT = 50;
    /** The audit's column; the API enforces the same with Bean Validation. */
    private static final int MAX_NOTE = 1000;

    private final CaseClaims claims;
    private final CaseDecisions decisions;
    private final Cases cases;
    private final CaseViews views;
    private final QueueStatistics queue;
    private final VerificationStatistics statistics;
    private final DecisionHistory history;
    private final AccountDocuments documents;
    private final KecamatanNames kecamatan;
    private final MessageSource messages;
    private final Clock clock;

    ConsoleController(CaseClaims claims, CaseDecisions decisions, Cases cases, CaseViews views,
                      QueueStatistics queue, VerificationStatistics statistics, DecisionHistory history,
                      AccountDocuments documents, KecamatanNames kecamatan, MessageSource messages, Clock clock) {
        this.claims = claims;
        this.decisions = decisions;
        this.cases = cases;
        this.views = views;
        this.queue = queue;
        this.statistics = statistics;
        this.history = history;
        this.documents = documents;
        this.kecamatan = kecamatan;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"", "/"})
    String dashboard(Model model, AuthenticatedAccount verifier,
                     @RequestParam(required = false) String empty) {
        addQueue(model, verifier);
        model.addAttribute("queueEmpty", empty != null);
        return "console/dashboard";
    }

    /** The dashboard's live figures; htmx polls this every few seconds. */
    @GetMapping("/fragments/queue")
    String queueFragment(Model model, AuthenticatedAccount verifier) {
        addQueue(model, verifier);
        return "console/dashboard :: queue";
    }

    private void addQueue(Model model, AuthenticatedAccount verifier) {
        model.addAttribute("queue", queue.current());
        VerificationStatistics.Snapshot figures = statistics.current();
        model.addAttribute("decisionsToday", figures.decisionsToday());
        model.addAttribute("myDecisionsToday", statistics.decisionsTodayBy(verifier.id()));
    }

    /** "Ambil kasus berikutnya": claims the queue's head (or the case the verifier still holds) and opens it. */
    @PostMapping("/cases/claim-next")
    ResponseEntity<Void> claimNext(AuthenticatedAccount verifier,
                                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        return redirect(nextLocation(verifier), htmx != null);
    }

    @GetMapping("/cases/{id}")
    String caseDetail(@PathVariable UUID id, Model model, AuthenticatedAccount verifier,
                      @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        addCase(model, id, verifier, authorization);
        return "console/case";
    }

    @PostMapping("/cases/{id}/decision")
    Object decide(@PathVariable UUID id, @RequestParam(required = false) VerificationOutcome outcome,
                  @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String note,
                  @RequestParam(required = false) List<String> documentsToRedo, Model model,
                  AuthenticatedAccount verifier, Locale locale, HttpServletResponse response,
                  @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                  @RequestHeader(value = "HX-Request", required = false) String htmx) {
        try {
            if (outcome == null) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "outcome").onField("outcome");
            }
            if (note != null && note.length() > MAX_NOTE) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "note").onField("note");
            }
            decisions.decide(id, verifier.id(), new DecisionRequest(outcome, blankToNull(reasonCode), note,
                    documentsToRedo == null ? null : documentsToRedo.stream().filter(d -> !d.isBlank()).toList()));
        } catch (ProblemException | Refusal refused) {
            ProblemException problem = refused instanceof Refusal refusal ? refusal.asProblem()
                    : (ProblemException) refused;
            response.setStatus(problem.status().value());
            model.addAttribute("error", describe(problem, locale));
            if (htmx != null) {
                return "console/case :: feedback";
            }
            addCase(model, id, verifier, authorization);
            return "console/case";
        }
        // Straight to the next case: the verifier's shift is a loop of claim, look, decide.
        return redirect(nextLocation(verifier), htmx != null);
    }

    /** Gives the case back to the queue (at its place) and returns to the dashboard. */
    @PostMapping("/cases/{id}/release")
    ResponseEntity<Void> release(@PathVariable UUID id, AuthenticatedAccount verifier,
                                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        claims.release(id, verifier.id());
        return redirect("/console", htmx != null);
    }

    /** A document of the case, fetched from account-service with the verifier's own token. */
    @GetMapping("/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String documentId,
                                    @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!documentId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "documentId").onField("documentId");
        }
        VerificationCase theCase = cases.get(id);
        ResponseEntity<byte[]> upstream;
        try {
            upstream = documents.fetch(theCase.accountId(), documentId, authorization);
        } catch (HttpStatusCodeException refused) {
            // account-service's own answer (404 unknown document, 403 not staff) stands; never its body.
            return ResponseEntity.status(refused.getStatusCode()).build();
        }
        MediaType type = upstream.getHeaders().getContentType();
        boolean viewable = type != null && (type.getType().equals("image")
                || MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type));
        return ResponseEntity.ok()
                .contentType(viewable ? type : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, viewable ? "inline" : "attachment")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(upstream.getBody());
    }

    /**
     * Case search: by name for every verifier; by NIK (16 digits) only for an ADMIN, since a NIK search finds a person
     * without any other lead and staff see the NIK only of the case they hold.
     */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, AuthenticatedAccount verifier) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        List<VerificationCase> found = List.of();
        boolean nikSearch = text.matches("\\d{16}");
        if (nikSearch && !verifier.hasRole(Roles.ADMIN)) {
            model.addAttribute("nikRefused", true);
        } else if (nikSearch) {
            found = cases.searchByNik(text, SEARCH_LIMIT);
        } else if (text.length() >= 2) {
            found = cases.searchByName(text, SEARCH_LIMIT);
        }
        model.addAttribute("results", found);
        model.addAttribute("kecamatan", kecamatan);
        return "console/search";
    }

    /** ADMIN: gives the case to a verifier (their next "Ambil kasus berikutnya" opens it). */
    @PostMapping("/cases/{id}/assign")
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestParam UUID verifierId, AuthenticatedAccount admin,
                                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        claims.assign(id, verifierId, admin.id());
        return redirect("/console/cases/" + id + "?assigned", htmx != null);
    }

    @GetMapping("/decisions")
    String myDecisions(Model model, AuthenticatedAccount verifier, Locale locale) {
        model.addAttribute("decisions", history.recentBy(verifier.id(), RECENT_DECISIONS));
        model.addAttribute("reasons", reasonLabels(locale));
        return "console/decisions";
    }

    @GetMapping("/statistics")
    String statisticsPage(Model model, AuthenticatedAccount verifier) {
        if (!verifier.hasRole(Roles.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        model.addAttribute("figures", statistics.current());
        return "console/statistics";
    }

    private void addCase(Model model, UUID id, AuthenticatedAccount verifier, String authorization) {
        VerificationCase theCase = cases.get(id);
        CaseView view = views.of(theCase);
        boolean held = theCase.currentClaim().isHeldBy(verifier.id(), clock.instant());
        List<String> submitted = view.documents() == null ? List.of() : view.documents().types();
        LinkedHashSet<String> documentTypes = new LinkedHashSet<>(RequiredDocumentsPolicy.requiredFor(
                theCase.accountType()));
        documentTypes.addAll(submitted);
        model.addAttribute("theCase", theCase);
        model.addAttribute("view", view);
        model.addAttribute("held", held);
        // The NIK in full only to those who need it: the verifier holding the case (to compare it with the KTP) and an
        // ADMIN; account-service masks it for every verifier, since only this service knows who holds the case.
        model.addAttribute("nikShown", held || verifier.hasRole(Roles.ADMIN));
        model.addAttribute("submittedTypes", submitted);
        model.addAttribute("documentTypes", new ArrayList<>(documentTypes));
        model.addAttribute("reasons", Arrays.asList(RejectionReason.values()));
        model.addAttribute("kecamatanName", kecamatan.of(theCase.kecamatanCode()));
        model.addAttribute("checksAt", new CheckPlacement(view.checks()));
        model.addAttribute("correction", cases.correctionOf(theCase.id()).orElse(null));
        Optional<List<StoredDocument>> files = held
                ? documents.list(theCase.accountId(), authorization) : Optional.empty();
        model.addAttribute("files", files.orElse(null));
    }

    private String nextLocation(AuthenticatedAccount verifier) {
        return claims.claimNext(verifier.id())
                .map(next -> "/console/cases/" + next.id())
                .orElse("/console?empty");
    }

    /** Plain forms get a 303; htmx gets HX-Redirect (a full page load of the next case). */
    private static ResponseEntity<Void> redirect(String location, boolean htmx) {
        if (htmx) {
            return ResponseEntity.ok().header("HX-Redirect", location).build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }

    private String describe(ProblemException problem, Locale locale) {
        return messages.getMessage("problem." + problem.code() + ".detail", problem.detailArguments(),
                messages.getMessage("problem." + problem.code() + ".title", null, problem.code(), locale), locale);
    }

    private List<String[]> reasonLabels(Locale locale) {
        return Arrays.stream(RejectionReason.values())
                .map(reason -> new String[] {reason.name(),
                        messages.getMessage("reason." + reason.name(), null, reason.name(), locale)})
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
