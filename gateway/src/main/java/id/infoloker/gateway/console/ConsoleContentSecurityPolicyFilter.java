package id.infoloker.gateway.console;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** The console's Content-Security-Policy on every {@code /console/**} response, the service's and the gateway's. */
@Component
class ConsoleContentSecurityPolicyFilter implements EdgeFilter {

    /**
     * Everything from this origin only; no inline scripts or styles. Images may be data:/blob: (document previews),
     * PDFs are shown in an object/iframe from the same origin; the console is never framed by anyone.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "object-src 'self'; frame-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (ConsolePaths.isConsole(exchange.getRequest().getPath().pathWithinApplication().value())) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
