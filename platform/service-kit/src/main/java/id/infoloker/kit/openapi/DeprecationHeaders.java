package id.infoloker.kit.openapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells a caller of a {@link DeprecatedOperation} on every answer, so an old app's logs and the gateway's metrics show
 * who still calls it: {@code Deprecation: @<epoch seconds>} (RFC 9745), {@code Sunset: <HTTP date>} (RFC 8594) and
 * {@code Link} to the successor and to the policy.
 */
public class DeprecationHeaders implements HandlerInterceptor {

    static final String POLICY = "docs/api.md#versioning-and-deprecation";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            DeprecatedOperation deprecated = method.getMethodAnnotation(DeprecatedOperation.class);
            if (deprecated != null) {
                response.setHeader("Deprecation", "@" + startOf(deprecated.since()).toEpochSecond());
                response.setHeader("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(startOf(deprecated.sunset())));
                response.addHeader(HttpHeaders.LINK, "<" + POLICY + ">; rel=\"deprecation\"");
                if (!deprecated.successor().isEmpty()) {
                    response.addHeader(HttpHeaders.LINK, "<" + deprecated.successor() + ">; rel=\"successor-version\"");
                }
            }
        }
        return true;
    }

    static java.time.ZonedDateTime startOf(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC);
    }
}
