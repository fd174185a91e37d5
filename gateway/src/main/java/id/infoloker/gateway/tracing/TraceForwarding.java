package id.infoloker.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Forwards the request's trace to the service it is routed to: the {@code traceparent} of the gateway's own server
 * span, which continues the client's trace or starts one.
 *
 * <p>Spring Cloud Gateway's client observation did this before ({@code spring.cloud.gateway.server.webflux
 * .observability}, now off), with a second span and two more meters ({@code http.client.requests} and its long-task
 * timer) on every proxied request: about 7 % of the gateway's CPU on an uncached authenticated GET (issue 17,
 * docs/benchmarks.md). Nothing read those meters (dashboards and alerts use {@code http.server.requests} of the
 * gateway and of each service), and the service's server span, now the child of the gateway's, times the hop.
 */
@Component
class TraceForwarding implements HttpHeadersFilter {

    private final Propagator propagator;

    TraceForwarding(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span serverSpan = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .orElse(null);
        if (serverSpan == null) {
            return input;
        }
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.putAll(input);
        propagator.inject(serverSpan.context(), forwarded, HttpHeaders::set);
        return forwarded;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }
}
