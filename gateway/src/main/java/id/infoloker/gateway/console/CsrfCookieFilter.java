package id.infoloker.gateway.console;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.core.Ordered;
import reactor.core.publisher.Mono;

/**
 * Spring Security creates the CSRF token lazily, only when something asks for it. The console's script needs the
 * {@code XSRF-TOKEN} cookie before its first state-changing request, so every console response (login page included)
 * asks for it here; an existing token is kept, a missing one is created and set as a cookie.
 */
@Component
class CsrfCookieFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return -90; // right after Spring Security's filter chain (-100), which puts the token on the exchange
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || !ConsolePaths.isConsole(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        return token.then(chain.filter(exchange));
    }
}
