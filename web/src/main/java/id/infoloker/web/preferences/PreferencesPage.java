package id.infoloker.web.preferences;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.reference.Codes;
import id.infoloker.web.reference.Kecamatans;
import id.infoloker.web.session.Viewer;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** "Preferensi": how the person wants to be told (channels) and which new vacancies (job alerts, job seekers only). */
@Controller
class PreferencesPage {

    private final PreferencesApi preferences;
    private final Kecamatans kecamatans;

    PreferencesPage(PreferencesApi preferences, Kecamatans kecamatans) {
        this.preferences = preferences;
        this.kecamatans = kecamatans;
    }

    @GetMapping("/preferensi")
    ModelAndView show(@RequestParam(required = false) String saved) {
        return page(PreferencesForm.of(preferences.mine()), HttpStatus.OK)
                .addObject("saved", saved != null);
    }

    /** 303 back to the page when saved; a refusal shows the form again as typed, the rule beside its field. */
    @PostMapping("/preferensi")
    ModelAndView save(@ModelAttribute PreferencesForm form) {
        PreferencesForm wanted = form.compacted();
        try {
            preferences.replace(wanted.toPreferences(Viewer.current().isJobSeeker()));
            return new ModelAndView("redirect:/preferensi?saved", HttpStatus.SEE_OTHER);
        } catch (BackendProblem refused) {
            return page(wanted, HttpStatusCode.valueOf(refused.status()))
                    .addObject("formError", refused.detail())
                    .addObject("fieldErrors", refused.messagesByField());
        }
    }

    private ModelAndView page(PreferencesForm form, HttpStatusCode status) {
        return new ModelAndView("preferences/preferences", status)
                .addObject("form", form)
                .addObject("fieldErrors", Map.of())
                .addObject("kecamatans", kecamatans.all())
                .addObject("educations", Codes.EDUCATION)
                .addObject("employmentTypes", Codes.EMPLOYMENT_TYPES);
    }
}
