package id.infoloker.web.portal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia first, English second. The switch in the page header ({@code ?lang=en}) remembers the choice in
 * a {@code lang} cookie; without one, the browser's Accept-Language decides (English only when it asks for it).
 */
@Configuration(proxyBeanMethods = false)
public class PortalLocales implements WebMvcConfigurer {

    public static final String PARAMETER = "lang";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final CachePolicy cachePolicy;
    private final PageModel pageModel;

    PortalLocales(CachePolicy cachePolicy, PageModel pageModel) {
        this.cachePolicy = cachePolicy;
        this.pageModel = pageModel;
    }

    @Bean
    LocaleResolver localeResolver(PortalProperties portal) {
        CookieLocaleResolver resolver = new CookieLocaleResolver(PARAMETER) {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                                  jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                // Only the two languages the portal speaks are remembered (?lang=fr is Bahasa Indonesia).
                super.setLocale(request, response, locale == null ? null : supported(locale.getLanguage()));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(portal.secureCookie());
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> supported(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(cachePolicy);
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        // After the language change, so the page's variables speak the language just chosen.
        registry.addInterceptor(pageModel);
    }

    static Locale supported(String acceptLanguage) {
        if (acceptLanguage == null) {
            return INDONESIAN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if ("id".equals(language) || "in".equals(language)) {
                    return INDONESIAN;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A garbled header must not fail the page.
        }
        return INDONESIAN;
    }
}
