package id.infoloker.web.portal;

import id.infoloker.web.session.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every page is {@code private, no-store} unless its controller calls {@link #publicIfAnonymous}: only pages without
 * personal data (home, search, vacancy detail, sitemap) may be stored by a shared cache, and only when nobody is
 * signed in. A request that sets a cookie (the language switch) is never shared either. ETags come from
 * {@code ShallowEtagHeaderFilter}, which skips {@code no-store} answers.
 */
@Component
public class CachePolicy implements HandlerInterceptor {

    static final String PRIVATE = "private, no-store";

    private final String publicValue;

    public CachePolicy(PortalProperties portal) {
        this.publicValue = "public, max-age=" + portal.publicMaxAge().toSeconds()
                + ", s-maxage=" + portal.publicMaxAge().toSeconds()
                + ", stale-while-revalidate=" + portal.staleWhileRevalidate().toSeconds();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        // The language comes from the lang cookie or Accept-Language; a shared cache must key on both.
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        return true;
    }

    /** For pages that show the same thing to every anonymous visitor. */
    public void publicIfAnonymous(HttpServletRequest request, HttpServletResponse response) {
        boolean setsCookie = request.getParameter(PortalLocales.PARAMETER) != null;
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                Viewer.current().signedIn() || setsCookie ? PRIVATE : publicValue);
    }
}
