package id.infoloker.web.portal;

import id.infoloker.web.session.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout of every page needs: who is looking, the portal's name, the language and its switch. */
@ControllerAdvice
class PageModel {

    private final PortalProperties portal;

    PageModel(PortalProperties portal) {
        this.portal = portal;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current();
    }

    @ModelAttribute("portal")
    PortalProperties portal() {
        return portal;
    }

    @ModelAttribute("language")
    String language() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
    }

    /** The same page in the other language (the switch in the header). */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request) {
        String other = "en".equals(language()) ? "id" : "en";
        String path = request.getRequestURI();
        if (!"GET".equals(request.getMethod())) {
            path = "/"; // a form's answer cannot be asked for again; start over in the other language
        }
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam(PortalLocales.PARAMETER, other).build().toUriString();
    }
}
