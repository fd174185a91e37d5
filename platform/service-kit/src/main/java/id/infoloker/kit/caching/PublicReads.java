package id.infoloker.kit.caching;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The one way a service answers a read anybody may make (vacancy search and detail, reference lists): an anonymous
 * request gets {@code public, s-maxage, stale-while-revalidate}, so a shared cache (the gateway's edge cache, the
 * ingress, a CDN) may keep the answer briefly and serve it while it fetches a fresh one; {@link PublicReadEtagFilter}
 * adds the ETag and answers a matching {@code If-None-Match} with 304. A request with credentials (an
 * {@code Authorization} header or any cookie) gets {@code private, no-store}: the body may be the same today, but
 * nothing said to a signed-in person is ever shared. Problems never pass through here, so they stay
 * {@code no-store} (Spring Security's default headers).
 */
public class PublicReads {

    static final String PRIVATE = "private, no-store";

    private final String shared;

    public PublicReads(PublicReadsProperties properties) {
        this.shared = CacheControl.empty().cachePublic().sMaxAge(properties.sMaxage())
                .staleWhileRevalidate(properties.staleWhileRevalidate()).getHeaderValue();
    }

    /** 200 with the body; shared for anonymous requests, private otherwise. The body reads the same in any language. */
    public <T> ResponseEntity<T> answer(HttpServletRequest request, T body) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, cacheControlFor(request)).body(body);
    }

    /**
     * As {@link #answer}, for a body written in the request's language: {@code Vary: Accept-Language}, so a shared
     * cache keeps one copy per language instead of serving Bahasa Indonesia to an English reader.
     */
    public <T> ResponseEntity<T> answerInLanguage(HttpServletRequest request, T body) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, cacheControlFor(request))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(body);
    }

    String cacheControlFor(HttpServletRequest request) {
        return carriesCredentials(request) ? PRIVATE : shared;
    }

    /** What makes a request personal for caching: the gateway's edge cache bypasses the same two headers. */
    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.COOKIE) != null;
    }
}
