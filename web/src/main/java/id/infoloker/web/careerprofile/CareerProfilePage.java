package id.infoloker.web.careerprofile;

import id.infoloker.web.backend.BackendProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Profil kerja": what a company screens an applicant on — skills, work experience, major, the job sought — and a
 * disability, which is shared with companies only when the person ticks the consent box. Saved as a whole; a
 * refusal comes back with what was typed and each reason beside its field.
 */
@Controller
class CareerProfilePage {

    private final CareerProfileApi profiles;

    CareerProfilePage(CareerProfileApi profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profil")
    String profile(Model model) {
        return page(model, CareerProfileForm.of(profiles.mine()), Map.of(), null);
    }

    @PostMapping("/profil")
    String save(CareerProfileForm form, Model model, HttpServletResponse response) {
        CareerProfileApi.CareerProfile profile = form.profile();
        try {
            profiles.save(profile);
        } catch (BackendProblem refused) {
            response.setStatus(refused.status());
            // Rows as sent (empty ones left out), so "experiences[1].from" names the second row on the page.
            return page(model, CareerProfileForm.of(profile), refused.messagesByField(), refused.detail());
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, "/profil?tersimpan");
        return null;
    }

    private static String page(Model model, CareerProfileForm form, Map<String, String> fieldErrors, String error) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formError", error);
        return "careerprofile/profile";
    }
}
