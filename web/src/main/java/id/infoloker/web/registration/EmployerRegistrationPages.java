package id.infoloker.web.registration;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
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
 * "Daftar sebagai perusahaan": company name, NIB, NPWP, address, contact person and contacts. As for job seekers,
 * account-service decides every rule; an accepted registration signs the company in and takes it to its documents
 * (NIB, NPWP), which the office verifies before the company may post vacancies.
 */
@Controller
class EmployerRegistrationPages {

    static final String VIEW = "registration/perusahaan";
    static final List<String> FIELDS = List.of("companyName", "nib", "npwp", "address", "kecamatanCode",
            "contactPerson", "email", "phone", "password", "consent");

    private final EmployerRegistrations registrations;
    private final RegistrationFlow flow;
    private final Kecamatans kecamatans;
    private final ConsentText consent;

    EmployerRegistrationPages(EmployerRegistrations registrations, RegistrationFlow flow, Kecamatans kecamatans,
                              ConsentText consent) {
        this.registrations = registrations;
        this.flow = flow;
        this.kecamatans = kecamatans;
        this.consent = consent;
    }

    @GetMapping("/daftar/perusahaan")
    String form(Model model) {
        return page(model, EmployerRegistrationForm.EMPTY, Map.of());
    }

    @PostMapping("/daftar/perusahaan")
    String register(EmployerRegistrationForm form, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        try {
            registrations.register(EmployerRegistrations.Request.of(form, RegistrationFlow.language(),
                    consent.version()));
        } catch (BackendProblem refused) {
            return page(model, form.withoutPassword(), flow.refused(refused, FIELDS, model, response));
        } catch (BackendUnavailable down) {
            flow.unavailable(down, model, response);
            return page(model, form.withoutPassword(), Map.of());
        }
        return flow.signInAfterRegistration(form.username(), form.password(), request, response);
    }

    private String page(Model model, EmployerRegistrationForm form, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errorFields", FIELDS.stream().filter(fieldErrors::containsKey).toList());
        model.addAttribute("kecamatans", kecamatans.all());
        model.addAttribute("consentVersion", consent.version());
        return VIEW;
    }
}
