package id.infoloker.web.vacancies;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.portal.CachePolicy;
import id.infoloker.web.reference.Codes;
import id.infoloker.web.reference.Kecamatans;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Beranda / Cari lowongan and Lowongan detail: the pages the launch day's thousand visitors a second open. */
@Controller
class VacancyPages {

    static final int PAGE_SIZE = 10;

    private final VacancyApi vacancies;
    private final Kecamatans kecamatans;
    private final CachePolicy cache;
    private final JobPostingJsonLd jsonLd;

    VacancyPages(VacancyApi vacancies, Kecamatans kecamatans, CachePolicy cache, JobPostingJsonLd jsonLd) {
        this.vacancies = vacancies;
        this.kecamatans = kecamatans;
        this.cache = cache;
        this.jsonLd = jsonLd;
    }

    @GetMapping("/")
    String home(SearchForm search, @RequestParam(required = false) String cursor, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("search", search);
        model.addAttribute("kecamatans", kecamatans.all());
        model.addAttribute("educations", Codes.EDUCATION);
        model.addAttribute("employmentTypes", Codes.EMPLOYMENT_TYPES);
        try {
            VacancyApi.VacancyPage page = vacancies.search(search, cursor, PAGE_SIZE);
            model.addAttribute("page", page);
            cache.publicIfAnonymous(request, response);
        } catch (BackendProblem refused) {
            // A filter vacancy-service does not accept (an unknown kecamatan, "abc" as salary, a broken cursor):
            // the form again, the rule beside the field, nothing cached.
            if (refused.status() != HttpStatus.BAD_REQUEST.value()) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", refused.messagesByField());
            model.addAttribute("formError", refused.detail());
        }
        return "vacancies/home";
    }

    @GetMapping("/lowongan/{id}")
    String detail(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        VacancyApi.PublicVacancy vacancy = vacancies.find(id);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("jsonLd", jsonLd.of(vacancy));
        model.addAttribute("canonicalUrl", jsonLd.canonicalUrl(vacancy.id()));
        cache.publicIfAnonymous(request, response);
        return "vacancies/detail";
    }
}
