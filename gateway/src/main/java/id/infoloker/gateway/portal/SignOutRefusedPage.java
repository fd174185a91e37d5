package id.infoloker.gateway.portal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The portal's sign-out form came without a valid CSRF token (an old page, or another site posting it): a person
 * sees a small page in their language with a way back, not JSON.
 */
public final class SignOutRefusedPage {

    private SignOutRefusedPage() {
    }

    public static boolean isFor(ServerWebExchange exchange) {
        return PortalPaths.SIGN_OUT.equals(exchange.getRequest().getPath().pathWithinApplication().value());
    }

    public static Mono<Void> write(ServerWebExchange exchange, MessageSource messages) {
        Locale locale = PortalErrorPage.localeOf(exchange);
        byte[] bytes = PortalErrorPage.render(messages, locale,
                messages.getMessage("portal.sign-out.refused.title", null, locale),
                messages.getMessage("portal.sign-out.refused.detail", null, locale), null);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(PortalErrorPage.HTML);
        response.getHeaders().setContentLength(bytes.length);
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
