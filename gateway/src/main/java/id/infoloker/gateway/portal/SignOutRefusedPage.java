package id.infoloker.gateway.portal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The portal's sign-out form came without a valid CSRF token (an old page, or another site posting it): a person
 * sees a small page in their language with a way back, not JSON.
 */
public final class SignOutRefusedPage {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private SignOutRefusedPage() {
    }

    public static boolean isFor(ServerWebExchange exchange) {
        return PortalPaths.SIGN_OUT.equals(exchange.getRequest().getPath().pathWithinApplication().value());
    }

    public static Mono<Void> write(ServerWebExchange exchange, MessageSource messages) {
        Locale locale = exchange.getLocaleContext().getLocale();
        if (locale == null) {
            locale = INDONESIAN;
        }
        String lang = "en".equals(locale.getLanguage()) ? "en" : "id";
        String html = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + text(messages, "portal.sign-out.refused.title", locale) + "</title>\n</head>\n<body>\n"
                + "<main>\n<h1>" + text(messages, "portal.sign-out.refused.title", locale) + "</h1>\n"
                + "<p>" + text(messages, "portal.sign-out.refused.detail", locale) + "</p>\n"
                + "<p><a href=\"" + PortalPaths.HOME + "\">" + text(messages, "portal.sign-out.refused.home", locale)
                + "</a></p>\n</main>\n</body>\n</html>\n";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setContentLength(bytes.length);
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }
}
