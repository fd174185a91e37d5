package id.infoloker.kit.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Spring's {@link ShallowEtagHeaderFilter} (strong ETag from the body's MD5, 304 on a matching
 * {@code If-None-Match}) limited to what {@link PublicReads} marks public. It only buffers anonymous GETs and HEADs:
 * a signed-in request's answer is never public, and streamed downloads (documents, CVs, exports) all need a token,
 * so they are never held in memory. Of those, only answers saying {@code public} get a tag.
 *
 * <p>The tag is not Spring's MD5: under search load MD5 took a sixth of vacancy-service's CPU samples (JFR,
 * docs/benchmarks.md), and this JVM has no MD5 intrinsic. An ETag is a validator, not a signature: the length and
 * two independent hardware-assisted checksums (CRC32C and CRC32, 64 bits) tell two versions of one answer apart, and
 * a stale tag matching by chance would cost at most one {@code s-maxage} of staleness for one URL.
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

    @Override
    protected String generateETagHeaderValue(InputStream inputStream, boolean isWeak) throws IOException {
        return (isWeak ? "W/" : "") + tagOf(inputStream.readAllBytes());
    }

    static String tagOf(byte[] body) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(body);
        CRC32 crc32 = new CRC32();
        crc32.update(body);
        return "\"" + Integer.toHexString(body.length) + "-" + Long.toHexString(crc32c.getValue() << 32
                | crc32.getValue()) + "\"";
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
