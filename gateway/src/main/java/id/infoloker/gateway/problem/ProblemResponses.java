package id.infoloker.gateway.problem;

import id.infoloker.gateway.portal.PortalErrorPage;
import id.infoloker.gateway.requestid.RequestIdFilter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own errors as {@code application/problem+json}, shaped like the services' problems. */
@Component
public class ProblemResponses {

    /** Bahasa Indonesia first: used when the client states no language. */
    static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("id");

    private final MessageSource messages;
    private final JsonMapper json;

    public ProblemResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The body of a problem, in the exchange's language. */
    public Map<String, Object> body(ServerWebExchange exchange, Problem problem) {
        Locale locale = localeOf(exchange);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:infoloker:problem:" + problem.code());
        body.put("title", messages.getMessage("problem." + problem.code() + ".title", null,
                defaultTitle(problem.status()), locale));
        body.put("status", problem.status().value());
        String detail = messages.getMessage("problem." + problem.code() + ".detail", null, null, locale);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", instanceOf(exchange));
        body.put("code", problem.code());
        if (problem.retryAfter() != null) {
            body.put("retryAfterSeconds", problem.retryAfterSeconds());
        }
        body.putAll(problem.properties());
        return body;
    }

    /**
     * Sets status and headers on the response and writes the body; the response must not be committed yet. On the
     * portal's paths the body is a small HTML page in the person's language instead of JSON.
     */
    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        boolean page = PortalErrorPage.isFor(instanceOf(exchange));
        byte[] bytes = page ? portalPage(exchange, problem) : json.writeValueAsBytes(body(exchange, problem));
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(page ? PortalErrorPage.HTML : MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        if (problem.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    /** Whether this exchange's error is for a person on the portal (HTML) rather than an API client. */
    public boolean wantsPortalPage(ServerWebExchange exchange) {
        return PortalErrorPage.isFor(instanceOf(exchange));
    }

    /** The problem as the portal's HTML error page, in the language the portal uses. */
    public byte[] portalPage(ServerWebExchange exchange, Problem problem) {
        Locale locale = PortalErrorPage.localeOf(exchange);
        String title = messages.getMessage("problem." + problem.code() + ".title", null,
                defaultTitle(problem.status()), locale);
        String detail = messages.getMessage("problem." + problem.code() + ".detail", null, null, locale);
        return PortalErrorPage.render(messages, locale, title, detail,
                problem.retryAfter() == null ? null : problem.retryAfterSeconds());
    }

    /** A stable code for a status the gateway raises, e.g. 404 becomes {@code not-found} (same rule as the services). */
    public static String codeOf(HttpStatusCode status) {
        if (status.value() == 500) {
            return "internal-error";
        }
        if (status.value() == 413) {
            return "payload-too-large"; // HttpStatus calls it CONTENT_TOO_LARGE now; the code stays stable
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The path the client asked for, also after a breaker forwarded the exchange to the fallback. */
    private static String instanceOf(ServerWebExchange exchange) {
        String original = exchange.getAttribute(RequestIdFilter.ORIGINAL_PATH_ATTRIBUTE);
        return original != null ? original : exchange.getRequest().getPath().value();
    }

    private static Locale localeOf(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? DEFAULT_LOCALE : locale;
    }

    private static String defaultTitle(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
