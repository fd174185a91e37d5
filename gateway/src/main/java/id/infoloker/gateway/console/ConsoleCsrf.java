package id.infoloker.gateway.console;

import id.infoloker.gateway.portal.PortalPaths;
import id.infoloker.gateway.session.SessionCookieFilter;
import id.infoloker.gateway.session.SessionDoor;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * CSRF for the console (double-submit cookie): the token is in the {@code XSRF-TOKEN} cookie (readable by the
 * console's script, SameSite=Strict) and must come back in the {@code X-XSRF-TOKEN} header — or, on the gateway's own
 * forms (console login/logout, portal sign-out), in the {@code _csrf} field. Required only where a cookie could act for the person: state-changing
 * requests authenticated by the console cookie, and the login/logout forms. Bearer-token clients are exempt.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleCsrf {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    public static final String FORM_FIELD = "_csrf";

    private static final Set<HttpMethod> STATE_CHANGING =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Same cookie (name, path, raw value) as web's CookieCsrfTokenRepository: either side can read the other's. */
    @Bean
    ServerCsrfTokenRepository consoleCsrfTokenRepository(ConsoleProperties properties) {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict").secure(properties.secureCookie()).path("/"));
        return repository;
    }

    /**
     * Which requests must carry the token: state-changing requests the console cookie authenticates, and the gateway's
     * own forms. Portal requests are web's to check (web reads the {@code _csrf} field of its plain HTML forms,
     * which the gateway must not consume), so a portal cookie does not count here.
     */
    public static ServerWebExchangeMatcher requiresToken() {
        return exchange -> {
            boolean needed = STATE_CHANGING.contains(exchange.getRequest().getMethod())
                    && (SessionCookieFilter.isCookieAuthenticated(exchange, SessionDoor.Kind.CONSOLE)
                            || isGatewayForm(exchange.getRequest().getPath().pathWithinApplication().value()));
            return needed ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** The gateway's own form endpoints: console login/logout and the portal's sign-out. */
    static boolean isGatewayForm(String path) {
        return ConsolePaths.isGatewayForm(path) || PortalPaths.SIGN_OUT.equals(path);
    }

    /** Raw (unmasked) tokens, because the console's script copies the cookie value into the header as it is. */
    public static ServerCsrfTokenRequestHandler requestHandler() {
        return new TokenFromHeaderOrOwnForm();
    }

    /**
     * Proxied requests: header only. Reading a form field would consume the request body before the gateway
     * forwards it, so the service would receive an empty form. The gateway's own forms: the field, then the header.
     */
    static final class TokenFromHeaderOrOwnForm implements ServerCsrfTokenRequestHandler {

        private final ServerCsrfTokenRequestAttributeHandler delegate = new ServerCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
            delegate.handle(exchange, csrfToken);
        }

        @Override
        public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
            if (isGatewayForm(exchange.getRequest().getPath().pathWithinApplication().value())) {
                return delegate.resolveCsrfTokenValue(exchange, csrfToken);
            }
            return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName()));
        }
    }
}
