package id.infoloker.verification.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language the console has texts for (id, en). */
final class SupportedLanguagesOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor delegate;

    SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String language = request.getParameter("lang");
        if ("id".equals(language) || "en".equals(language)) {
            return delegate.preHandle(request, response, handler);
        }
        return true;
    }
}
