package id.infoloker.kit.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Spring's {@link ShallowEtagHeaderFilter} (strong ETag from the body's MD5, 304 on a matching
 * {@code If-None-Match}) limited to what {@link PublicReads} marks public. It only buffers anonymous GETs and HEADs:
 * a signed-in request's answer is never public, and streamed downloads (documents, CVs, exports) all need a token,
 * so they are never held in memory. Of those, only answers saying {@code public} get a tag.
 */
public class PublicReadEtagFilter extends ShallowEtagHeaderFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || PublicReads.carriesCredentials(request);
    }

    @Override
    protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int responseStatusCode,
                                        InputStream inputStream) {
        return super.isEligibleForEtag(request, response, responseStatusCode, inputStream)
                && isPublic(response.getHeader(HttpHeaders.CACHE_CONTROL));
    }

    /** Directive by directive: {@code public} present, and neither {@code private} nor {@code no-store}. */
    static boolean isPublic(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        boolean isPublic = false;
        for (String directive : cacheControl.split(",")) {
            String name = directive.strip().toLowerCase(Locale.ROOT);
            int equals = name.indexOf('=');
            name = equals < 0 ? name : name.substring(0, equals).strip();
            if (name.equals("private") || name.equals("no-store")) {
                return false;
            }
            isPublic |= name.equals("public");
        }
        return isPublic;
    }
}
