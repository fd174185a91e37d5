package id.infoloker.web.applications;

import id.infoloker.web.backend.BackendProblem;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** "Lamar" from a vacancy, "Lamaran saya", one application with its interview, withdrawing it. */
@Controller
class ApplicationPages {

    private final ApplicationApi applications;

    ApplicationPages(ApplicationApi applications) {
        this.applications = applications;
    }

    /**
     * 303 to the new application. A refusal (not verified yet, already applied, vacancy closed or gone) is a page of
     * its own with the service's reason and the way on: the vacancy page is public and cached, so it cannot carry
     * this person's message.
     */
    @PostMapping("/lowongan/{vacancyId}/lamar")
    ModelAndView apply(@PathVariable UUID vacancyId) {
        try {
            ApplicationApi.Submitted submitted = applications.apply(vacancyId);
            return new ModelAndView("redirect:/lamaran/" + submitted.applicationId(), HttpStatus.SEE_OTHER);
        } catch (BackendProblem refused) {
            ModelAndView page = new ModelAndView("applications/refused",
                    HttpStatusCode.valueOf(RefusalStatus.of(refused)));
            page.addObject("vacancyId", vacancyId);
            page.addObject("code", refused.code());
            page.addObject("problemTitle", refused.title()); // "title" is the layout's fragment
            page.addObject("reason", refused.detail());
            return page;
        }
    }

    @GetMapping("/lamaran")
    ModelAndView mine() {
        return new ModelAndView("applications/list").addObject("applications", applications.mine());
    }

    /** Someone else's id, or a made-up one: the same 404 either way, so ids cannot be probed. */
    @GetMapping("/lamaran/{applicationId}")
    ModelAndView one(@PathVariable UUID applicationId) {
        return applications.detail(applicationId)
                .map(application -> new ModelAndView("applications/detail").addObject("detail", application))
                .orElseGet(ApplicationPages::notFound);
    }

    /** "Tarik lamaran": back to the application, which now says it was withdrawn; a refusal says why. */
    @PostMapping("/lamaran/{applicationId}/tarik")
    ModelAndView withdraw(@PathVariable UUID applicationId) {
        try {
            applications.withdraw(applicationId);
        } catch (BackendProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.value()) {
                return notFound();
            }
            return applications.detail(applicationId)
                    .map(application -> new ModelAndView("applications/detail",
                            HttpStatusCode.valueOf(RefusalStatus.of(refused)))
                            .addObject("detail", application).addObject("actionError", refused.detail()))
                    .orElseGet(ApplicationPages::notFound);
        }
        return new ModelAndView("redirect:/lamaran/" + applicationId, HttpStatus.SEE_OTHER);
    }

    /** The interview for the person's calendar app: an attachment, never stored by a cache. */
    @GetMapping("/lamaran/{applicationId}/wawancara.ics")
    ResponseEntity<byte[]> calendar(@PathVariable UUID applicationId) {
        ResponseEntity<byte[]> calendar;
        try {
            calendar = applications.interviewCalendar(applicationId);
        } catch (BackendProblem refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("wawancara-" + applicationId + ".ics").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(calendar.getBody());
    }

    private static ModelAndView notFound() {
        return new ModelAndView("applications/not-found", HttpStatus.NOT_FOUND)
                .addObject("status", HttpStatus.NOT_FOUND.value());
    }
}
