package id.infoloker.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Forwards the request's trace to the service it is routed to: the {@code traceparent} of the gateway's own server
 * span, which continues the client's trace or starts one. {@code RequestIdFilter} adds it with the other headers only
 * the gateway sets, in one copy of the request's headers (the server span is started before any filter runs).
 *
 * <p>Spring Cloud Gateway's client observation did this before ({@code spring.cloud.gateway.server.webflux
 * .observability}, now off), with a second span and two more meters ({@code http.client.requests} and its long-task
 * timer) on every proxied request: about 7 % of the gateway's CPU on an uncached authenticated GET (issue 17,
 * docs/benchmarks.md). Nothing read those meters (dashboards and alerts use {@code http.server.requests} of the
 * gateway and of each service), and the service's server span, now the child of the gateway's, times the hop.
 */
@Component
public class TraceForwarding {

    private final Propagator propagator;

    TraceForwarding(Propagator propagator) {
        this.propagator = propagator;
    }

    /** Sets the server span's {@code traceparent} on the headers the request will be forwarded with. */
    public void addTo(HttpHeaders forwarded, ServerWebExchange exchange) {
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context)
                .ifPresent(span -> propagator.inject(span, forwarded, HttpHeaders::set));
    }
}
