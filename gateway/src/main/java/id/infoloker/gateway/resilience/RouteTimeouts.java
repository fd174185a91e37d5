package id.infoloker.gateway.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.stereotype.Component;

/**
 * The response timeout of each route, read from the same place the gateway's HTTP client reads it: the route's
 * {@code response-timeout} metadata (milliseconds), else {@code httpclient.response-timeout}. One source of truth, so
 * a breaker's TimeLimiter cannot silently cut a route short (Resilience4j's default is 1 s).
 */
@Component
public class RouteTimeouts {

    /** Used only when neither the route nor the HTTP client sets one; application.yml always sets one. */
    static final Duration UNSET = Duration.ofSeconds(30);

    private final Map<String, Duration> byRoute;
    private final Duration global;

    public RouteTimeouts(GatewayProperties gateway, HttpClientProperties httpClient) {
        this.global = httpClient.getResponseTimeout() == null ? UNSET : httpClient.getResponseTimeout();
        this.byRoute = gateway.getRoutes().stream()
                .filter(route -> route.getId() != null)
                .collect(Collectors.toMap(RouteDefinition::getId, this::timeoutOf, (first, second) -> first));
    }

    public Duration forRoute(String routeId) {
        return byRoute.getOrDefault(routeId, global);
    }

    private Duration timeoutOf(RouteDefinition route) {
        return Optional.ofNullable(route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR))
                .map(value -> Duration.ofMillis(Long.parseLong(value.toString().trim())))
                .orElse(global);
    }
}
