package id.infoloker.web.applicants;

import id.infoloker.web.applications.ApplicationDetail;
import id.infoloker.web.backend.BackendProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * One applicant, for the company whose vacancy it is: the application and its history, the person's profile,
 * contacts and CV (each opening recorded by account-service), and the moves — seen, in process, accepted, an
 * interview invitation with when (WIB), where and whom to contact, a rejection with a reason from the list. Another
 * company's application, or a guessed id, is the same 404 page.
 */
@Controller
class ApplicantPages {

    static final List<String> INTERVIEW_FIELDS = List.of("startsAt", "durationMinutes", "place", "onlineLink",
            "contactName", "contactPhone", "note");
    /** Moves made with one button; an interview and a rejection need their own forms. */
    static final List<String> SIMPLE_MOVES = List.of("DILIHAT", "DIPROSES", "DITERIMA");

    private final ApplicantApi applicants;

    ApplicantPages(ApplicantApi applicants) {
        this.applicants = applicants;
    }

    @GetMapping("/perusahaan/pelamar/{applicationId}")
    String applicant(@PathVariable UUID applicationId, Model model) {
        return page(model, application(applicationId), InterviewForm.EMPTY, Map.of(), null, null);
    }

    /** The CV as account-service sends it, never stored anywhere on the way (no-store), opened as a download. */
    @GetMapping("/perusahaan/pelamar/{applicationId}/cv")
    void cv(@PathVariable UUID applicationId, HttpServletRequest request, HttpServletResponse response) {
        // The ETag filter would buffer the whole file to hash it; a no-store answer gets no ETag anyway.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        try {
            applicants.copyCv(applicationId, headers -> {
                response.setContentType(headers.getContentType() == null ? "application/octet-stream"
                        : headers.getContentType().toString());
                if (headers.getContentLength() >= 0) {
                    response.setContentLengthLong(headers.getContentLength());
                }
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cv-" + applicationId + extension(headers)).build().toString());
                response.setHeader("X-Content-Type-Options", "nosniff");
                try {
                    return response.getOutputStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (BackendProblem refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/perusahaan/pelamar/{applicationId}/status")
    String move(@PathVariable UUID applicationId, @RequestParam(required = false) String status, Model model,
                HttpServletResponse response) {
        if (!SIMPLE_MOVES.contains(status)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            applicants.move(applicationId, status);
        } catch (BackendProblem refused) {
            return refused(refused, applicationId, model, response, InterviewForm.EMPTY, Map.of());
        }
        return backToApplicant(response, applicationId);
    }

    @PostMapping("/perusahaan/pelamar/{applicationId}/wawancara")
    String invite(@PathVariable UUID applicationId, InterviewForm form, Model model, HttpServletResponse response) {
        try {
            applicants.invite(applicationId, form.request());
        } catch (BackendProblem refused) {
            return refused(refused, applicationId, model, response, form, refused.messagesByField());
        }
        return backToApplicant(response, applicationId);
    }

    @PostMapping("/perusahaan/pelamar/{applicationId}/tolak")
    String reject(@PathVariable UUID applicationId, @RequestParam(required = false) String reasonCode,
                  @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        try {
            applicants.reject(applicationId, new ApplicantApi.Rejection(blankToNull(reasonCode), blankToNull(note)));
        } catch (BackendProblem refused) {
            model.addAttribute("rejectionError", refused.detail());
            return refused(refused, applicationId, model, response, InterviewForm.EMPTY, Map.of());
        }
        return backToApplicant(response, applicationId);
    }

    private String refused(BackendProblem refused, UUID applicationId, Model model, HttpServletResponse response,
                           InterviewForm form, Map<String, String> fieldErrors) {
        if (refused.status() == HttpStatus.NOT_FOUND.value()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(refused.status());
        boolean aboutAField = fieldErrors.keySet().stream().anyMatch(INTERVIEW_FIELDS::contains);
        return page(model, application(applicationId), form, fieldErrors,
                aboutAField || model.containsAttribute("rejectionError") ? null : refused.detail(),
                aboutAField ? refused.detail() : null);
    }

    private String page(Model model, ApplicationDetail application, InterviewForm form,
                        Map<String, String> fieldErrors, String actionError, String interviewError) {
        model.addAttribute("detail", application);
        model.addAttribute("profile", applicants.profile(application.applicationId()).orElse(null));
        model.addAttribute("moves", SIMPLE_MOVES.stream().filter(application::allows).toList());
        model.addAttribute("reasons", application.allows("DITOLAK") ? applicants.rejectionReasons() : List.of());
        model.addAttribute("interviewForm", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("actionError", actionError);
        model.addAttribute("interviewError", interviewError);
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        return "applicants/applicant";
    }

    private ApplicationDetail application(UUID applicationId) {
        return applicants.application(applicationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String backToApplicant(HttpServletResponse response, UUID applicationId) {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, "/perusahaan/pelamar/" + applicationId);
        return null;
    }

    private static String extension(HttpHeaders headers) {
        String type = headers.getContentType() == null ? "" : headers.getContentType().getSubtype();
        return switch (type) {
            case "pdf" -> ".pdf";
            case "jpeg" -> ".jpg";
            case "png" -> ".png";
            default -> "";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
