package id.infoloker.verification.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: Bahasa Indonesia unless the verifier switched with {@code ?lang=en}, which is remembered in
 * a cookie scoped to /console (so API clients, which never get it, keep answering by Accept-Language).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "console-lang";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Replaces Boot's resolver (same bean name); outside /console it is the kit's Accept-Language behaviour. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();
        acceptHeader.setDefaultLocale(INDONESIAN);
        acceptHeader.setSupportedLocales(List.of(INDONESIAN, Locale.ENGLISH));
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookiePath("/console");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        // The console is in Bahasa Indonesia whatever the browser's language (an office PC may be set to English);
        // the API keeps answering by Accept-Language.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/console") ? INDONESIAN
                : acceptHeader.resolveLocale(request));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLanguagesOnly(change)).addPathPatterns("/console", "/console/**");
    }
}
