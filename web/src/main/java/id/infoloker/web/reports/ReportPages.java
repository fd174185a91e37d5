package id.infoloker.web.reports;

import id.infoloker.web.backend.BackendProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Laporkan lowongan" from every vacancy page, for anybody (no sign-in needed: a person asked for money by a
 * broker should not have to register first). A reason from the list plus what happened; then a thank-you page.
 * A refusal — a report sent twice, too many reports in an hour, the vacancy gone — is a page saying so.
 */
@Controller
class ReportPages {

    private final ReportApi reports;

    ReportPages(ReportApi reports) {
        this.reports = reports;
    }

    @GetMapping("/lowongan/{vacancyId}/laporkan")
    String form(@PathVariable UUID vacancyId, Model model) {
        return page(model, vacancyId, null, null, null);
    }

    @PostMapping("/lowongan/{vacancyId}/laporkan")
    String report(@PathVariable UUID vacancyId, @RequestParam(required = false) String reasonCode,
                  @RequestParam(required = false) String text, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        try {
            reports.report(vacancyId, new ReportApi.Report(blankToNull(reasonCode), blankToNull(text)),
                    forwardedFor(request));
        } catch (BackendProblem refused) {
            response.setStatus(refused.status() >= 400 && refused.status() < 500 ? refused.status() : 400);
            if (refused.status() == HttpStatus.TOO_MANY_REQUESTS.value()
                    || refused.status() == HttpStatus.CONFLICT.value()
                    || refused.status() == HttpStatus.NOT_FOUND.value()) {
                model.addAttribute("vacancyId", vacancyId);
                model.addAttribute("code", refused.code());
                model.addAttribute("reason", refused.detail());
                return "reports/refused";
            }
            return page(model, vacancyId, reasonCode, text, refused);
        }
        model.addAttribute("vacancyId", vacancyId);
        return "reports/thanks";
    }

    private String page(Model model, UUID vacancyId, String reasonCode, String text, BackendProblem refused) {
        model.addAttribute("vacancyId", vacancyId);
        model.addAttribute("reasons", reports.reasons());
        model.addAttribute("reasonCode", reasonCode);
        model.addAttribute("text", text);
        model.addAttribute("fieldErrors", refused == null ? Map.of() : refused.messagesByField());
        model.addAttribute("formError", refused == null ? null : refused.detail());
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        return "reports/form";
    }

    /** The gateway's X-Forwarded-For names the person's address; without a gateway (tests, local runs), the peer. */
    private static String forwardedFor(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        return forwarded != null && !forwarded.isBlank() ? forwarded : request.getRemoteAddr();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
