package id.infoloker.web.applications;

import id.infoloker.web.backend.BackendProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "Lamar" from a vacancy, "Lamaran saya" and one application. */
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
        return applications.mine(applicationId)
                .map(application -> new ModelAndView("applications/detail").addObject("mine", application))
                .orElseGet(() -> new ModelAndView("applications/not-found", HttpStatus.NOT_FOUND)
                        .addObject("status", HttpStatus.NOT_FOUND.value()));
    }
}
