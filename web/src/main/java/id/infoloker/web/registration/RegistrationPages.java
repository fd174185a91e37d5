package id.infoloker.web.registration;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.reference.Codes;
import id.infoloker.web.reference.Kecamatans;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Daftar" for job seekers. account-service checks every rule (NIK, contacts, password, kecamatan, consent); a
 * refusal comes back as the form with what was typed (except the password) and each message beside its field. An
 * accepted registration — also one sent twice, which account-service answers 202 again — signs the person in with
 * what they just typed and takes them to their documents.
 */
@Controller
class RegistrationPages {

    static final String VIEW = "registration/daftar";
    /** The form's fields in page order, for the error summary. */
    static final List<String> FIELDS = List.of("fullName", "nik", "birthPlace", "birthDate", "sex", "email", "phone",
            "password", "address", "kecamatanCode", "education", "consent");

    private final JobSeekerRegistrations registrations;
    private final RegistrationFlow flow;
    private final Kecamatans kecamatans;
    private final ConsentText consent;

    RegistrationPages(JobSeekerRegistrations registrations, RegistrationFlow flow, Kecamatans kecamatans,
                      ConsentText consent) {
        this.registrations = registrations;
        this.flow = flow;
        this.kecamatans = kecamatans;
        this.consent = consent;
    }

    @GetMapping("/daftar")
    String form(Model model) {
        return page(model, RegistrationForm.EMPTY, Map.of());
    }

    @PostMapping("/daftar")
    String register(RegistrationForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            registrations.register(JobSeekerRegistrations.Request.of(form, RegistrationFlow.language(),
                    consent.version()));
        } catch (BackendProblem refused) {
            return page(model, form.withoutPassword(), flow.refused(refused, FIELDS, model, response));
        } catch (BackendUnavailable down) {
            flow.unavailable(down, model, response);
            return page(model, form.withoutPassword(), Map.of());
        }
        return flow.signInAfterRegistration(form.username(), form.password(), request, response);
    }

    private String page(Model model, RegistrationForm form, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errorFields", FIELDS.stream().filter(fieldErrors::containsKey).toList());
        model.addAttribute("kecamatans", kecamatans.all());
        model.addAttribute("educations", Codes.EDUCATION);
        model.addAttribute("consentVersion", consent.version());
        return VIEW;
    }
}
