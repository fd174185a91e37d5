package id.infoloker.web.portal;

import id.infoloker.web.session.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs — who is looking, the portal's name, the language and its switch — as request
 * attributes (templates see them as variables). Request attributes rather than {@code @ModelAttribute}s because
 * error pages (exception handlers, the error dispatch) get no model attributes, and they use the layout too.
 */
@Component
public class PageModel implements HandlerInterceptor {

    private final PortalProperties portal;

    PageModel(PortalProperties portal) {
        this.portal = portal;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        describe(request);
        return true;
    }

    /**
     * Sets the layout's attributes; also for error pages raised before this interceptor ran (an interceptor ahead of
     * it could not read the request's parameters).
     */
    public void describe(HttpServletRequest request) {
        String language = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
                ? "en" : "id";
        request.setAttribute("viewer", Viewer.current());
        request.setAttribute("portal", portal);
        request.setAttribute("language", language);
        request.setAttribute("otherLanguageUrl", otherLanguageUrl(request, language));
        request.setAttribute("feedbackUrl", feedbackUrl(request));
    }

    /** "Laporkan masalah / saran" names the page it was opened from, so the office knows where it went wrong. */
    private static String feedbackUrl(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.startsWith("/masukan")) {
            return "/masukan";
        }
        return UriComponentsBuilder.fromPath("/masukan").queryParam("dari", path).encode().build().toUriString();
    }

    /** The same page in the other language (the switch in the header). */
    private static String otherLanguageUrl(HttpServletRequest request, String language) {
        String other = "en".equals(language) ? "id" : "en";
        // A form's answer or an error cannot be asked for again: start over on the home page.
        boolean repeatable = "GET".equals(request.getMethod()) && request.getAttribute("jakarta.servlet.error.status_code") == null;
        String path = repeatable ? request.getRequestURI() : "/";
        String query = repeatable ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(PortalLocales.PARAMETER, other).build().toUriString();
    }
}
