package id.infoloker.gateway.resilience;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import id.infoloker.gateway.portal.PortalErrorPage;
import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemErrorHandler;
import id.infoloker.gateway.problem.ProblemResponses;
import id.infoloker.gateway.requestid.RequestIdFilter;
import id.infoloker.gateway.tracing.RequestTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Where the breakers forward a failed call: 503 + Retry-After when the service is down or its breaker open, 504 when
 * it was too slow. Reached only by the gateway's internal forward; a client calling the path directly gets a 404.
 */
@Configuration(proxyBeanMethods = false)
class FallbackHandler {

    static final String PATH = "/_gateway/fallback";
    private static final Logger log = LoggerFactory.getLogger(FallbackHandler.class);

    private final ProblemResponses problems;
    private final ResilienceProperties properties;

    FallbackHandler(ProblemResponses problems, ResilienceProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @Bean
    RouterFunction<ServerResponse> circuitBreakerFallback() {
        return RouterFunctions.route(RequestPredicates.path(PATH), this::fallback);
    }

    private Mono<ServerResponse> fallback(ServerRequest request) {
        Throwable failure = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Problem problem = failure == null
                ? Problem.of(HttpStatus.NOT_FOUND, "not-found")
                : ProblemErrorHandler.problemFor(failure, properties.retryAfter());
        Mono<Void> logged = failure == null ? Mono.empty()
                : RequestTrace.log(() -> log.warn("{} {} answered by fallback {} (request id {}): {}", request.method(),
                        request.exchange().getAttribute(RequestIdFilter.ORIGINAL_PATH_ATTRIBUTE),
                        problem.status().value(), request.exchange().getAttribute(RequestIdFilter.ATTRIBUTE),
                        failure.toString()));
        boolean page = problems.wantsPortalPage(request.exchange());
        ServerResponse.BodyBuilder response = ServerResponse.status(problem.status())
                .contentType(page ? PortalErrorPage.HTML : MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        return logged.then(page ? response.bodyValue(problems.portalPage(request.exchange(), problem))
                : response.bodyValue(problems.body(request.exchange(), problem)));
    }
}
