package id.infoloker.vacancy.search;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of the public reads (search and detail). An anonymous request gets an answer every visitor would get,
 * so a shared cache (the gateway's edge cache, the ingress, a CDN) may keep it for {@code s-maxage} and serve it a
 * little longer while it fetches a fresh one ({@code stale-while-revalidate}). A request with a token stays
 * {@code private, no-store}: the answer is the same today, but nothing said with credentials is shared. The JSON does
 * not depend on the language (codes and names only), so there is no {@code Vary: Accept-Language}; problems (which
 * are translated) are never public. ETags come from {@link ShallowEtagHeaderFilter}, which skips {@code no-store}.
 */
@Component
public class PublicReadCaching {

    static final String PRIVATE = "private, no-store";

    private final String shared;

    PublicReadCaching(@Value("${infoloker.vacancies.public-cache.s-maxage:30s}") Duration sharedMaxAge,
                      @Value("${infoloker.vacancies.public-cache.stale-while-revalidate:60s}")
                      Duration staleWhileRevalidate) {
        this.shared = CacheControl.empty().cachePublic().sMaxAge(sharedMaxAge)
                .staleWhileRevalidate(staleWhileRevalidate).getHeaderValue();
    }

    <T> ResponseEntity<T> answer(HttpServletRequest request, T body) {
        boolean withCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, withCredentials ? PRIVATE : shared).body(body);
    }

    /** Strong ETags (MD5 of the body) and 304 on a matching If-None-Match, on the public read paths only. */
    @Bean
    static FilterRegistrationBean<ShallowEtagHeaderFilter> publicReadEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/vacancies", "/api/vacancies/*");
        return registration;
    }
}
