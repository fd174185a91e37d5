package id.infoloker.gateway.problem;

import id.infoloker.gateway.requestid.RequestIdFilter;
import id.infoloker.gateway.tracing.RequestTrace;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway raises itself — no route (404), method not allowed, a downstream failure without a fallback —
 * becomes problem+json instead of Boot's default error JSON. Replaces Boot's handler (it backs off when this bean exists).
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;
    private final Duration retryAfter;

    public ProblemErrorHandler(ProblemResponses problems,
                               @Value("${infoloker.resilience.retry-after:5s}") Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = problemFor(error, retryAfter);
        if (!problem.status().is5xxServerError()) {
            return problems.write(exchange, problem);
        }
        return RequestTrace.log(() -> log.warn("{} {} failed with {} (request id {}): {}",
                        exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                        problem.status().value(), exchange.getAttribute(RequestIdFilter.ATTRIBUTE), error.toString()))
                .then(problems.write(exchange, problem));
    }

    /** Maps a failure to the problem a client sees; shared with the circuit breakers' fallback. */
    public static Problem problemFor(Throwable error, Duration retryAfter) {
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode status = statusError.getStatusCode();
            Problem problem = Problem.of(status, ProblemResponses.codeOf(status));
            return status.value() == 503 ? problem.retryAfter(retryAfter) : problem;
        }
        if (error instanceof TimeoutException) {
            return Problem.of(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout");
        }
        if (error instanceof BulkheadFullException) {
            // Too many calls in flight to one service: ask the client to come back shortly.
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-busy").retryAfter(Duration.ofSeconds(1));
        }
        if (error instanceof CallNotPermittedException || error instanceof IOException
                || error.getCause() instanceof IOException) {
            // Connection refused or reset, or the circuit is open: the service is down, not the request wrong.
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable").retryAfter(retryAfter);
        }
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
    }
}
