package id.infoloker.web.ownvacancies;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.reference.Codes;
import id.infoloker.web.reference.Kecamatans;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Lowongan saya" of a verified company: its vacancies with their applications' counts, a new one (a draft, then
 * "Tayangkan"), an edit (a published vacancy is screened again and may be held: "sedang ditinjau"), extending and
 * closing, and the applicants of each. vacancy-service decides every rule and whose vacancy it is; a refusal comes
 * back as the same page with its reason.
 */
@Controller
class OwnVacancyPages {

    static final List<String> FIELDS = List.of("title", "description", "requirements", "minimumEducation",
            "kecamatanCode", "employmentType", "salaryMin", "salaryMax", "openings", "closingDate");

    private final OwnVacancyApi vacancies;
    private final Kecamatans kecamatans;

    OwnVacancyPages(OwnVacancyApi vacancies, Kecamatans kecamatans) {
        this.vacancies = vacancies;
        this.kecamatans = kecamatans;
    }

    @GetMapping("/perusahaan/lowongan")
    String list(Model model) {
        model.addAttribute("vacancies", vacancies.own());
        return "ownvacancies/list";
    }

    @GetMapping("/perusahaan/lowongan/baru")
    String blank(Model model) {
        return form(model, null, VacancyForm.EMPTY, Map.of());
    }

    @PostMapping("/perusahaan/lowongan")
    String create(VacancyForm form, Model model, HttpServletResponse response) {
        try {
            return seeOther(response, vacancies.create(form.request()).id());
        } catch (BackendProblem refused) {
            return refusedForm(refused, model, response, null, form);
        }
    }

    @GetMapping("/perusahaan/lowongan/{id}/ubah")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, id, VacancyForm.of(mine(id)), Map.of());
    }

    @PostMapping("/perusahaan/lowongan/{id}/ubah")
    String update(@PathVariable UUID id, VacancyForm form, Model model, HttpServletResponse response) {
        try {
            return seeOther(response, vacancies.update(id, form.request()).id());
        } catch (BackendProblem refused) {
            return refusedForm(refused, model, response, id, form);
        }
    }

    @GetMapping("/perusahaan/lowongan/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return detail(model, mine(id), null);
    }

    @PostMapping("/perusahaan/lowongan/{id}/tayangkan")
    String publish(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> vacancies.publish(id));
    }

    @PostMapping("/perusahaan/lowongan/{id}/perpanjang")
    String extend(@PathVariable UUID id, @RequestParam(required = false) String validThrough, Model model,
                  HttpServletResponse response) {
        return act(id, model, response, () -> vacancies.extend(id, validThrough == null ? null
                : validThrough.isBlank() ? null : validThrough.strip()));
    }

    @PostMapping("/perusahaan/lowongan/{id}/tutup")
    String close(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> vacancies.close(id));
    }

    /** 303 back to the vacancy after an action; a refusal is the vacancy's page with the reason on top. */
    private String act(UUID id, Model model, HttpServletResponse response, Action action) {
        try {
            return seeOther(response, action.run().id());
        } catch (BackendProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.value()) {
                throw notFound();
            }
            response.setStatus(refused.status());
            return detail(model, mine(id), refused.detail());
        }
    }

    private String detail(Model model, OwnVacancy vacancy, String actionError) {
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("applicants", vacancy.draft() ? List.of() : vacancies.applicants(vacancy.id()));
        model.addAttribute("actionError", actionError);
        model.addAttribute("kecamatans", kecamatans.all());
        return "ownvacancies/detail";
    }

    private String refusedForm(BackendProblem refused, Model model, HttpServletResponse response, UUID id,
                               VacancyForm form) {
        if (refused.status() == HttpStatus.NOT_FOUND.value()) {
            throw notFound();
        }
        response.setStatus(refused.status());
        Map<String, String> fieldErrors = refused.messagesByField();
        if (fieldErrors.keySet().stream().noneMatch(FIELDS::contains)) {
            model.addAttribute("formError", refused.detail());
        }
        return form(model, id, form, fieldErrors);
    }

    private String form(Model model, UUID id, VacancyForm form, Map<String, String> fieldErrors) {
        model.addAttribute("vacancyId", id);
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errorFields", FIELDS.stream().filter(fieldErrors::containsKey).toList());
        model.addAttribute("kecamatans", kecamatans.all());
        model.addAttribute("educations", Codes.EDUCATION);
        model.addAttribute("employmentTypes", Codes.EMPLOYMENT_TYPES);
        return "ownvacancies/form";
    }

    /** Another company's vacancy, or a made-up id: the same 404, so ids cannot be probed. */
    private OwnVacancy mine(UUID id) {
        return vacancies.own(id).orElseThrow(OwnVacancyPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static String seeOther(HttpServletResponse response, UUID id) {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, "/perusahaan/lowongan/" + id);
        return null;
    }

    @FunctionalInterface
    private interface Action {
        OwnVacancy run();
    }
}
