package id.infoloker.gateway.portal;

import java.util.function.Predicate;
import org.springframework.cloud.gateway.handler.predicate.AbstractRoutePredicateFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Route predicate {@code Portal} (no arguments): the path belongs to the public portal ({@link PortalPaths}). Keeps the
 * catch-all route {@code web} off the API, actuator and documentation paths, with the same list the session cookies
 * use.
 */
@Component
public class PortalRoutePredicateFactory extends AbstractRoutePredicateFactory<PortalRoutePredicateFactory.Config> {

    public PortalRoutePredicateFactory() {
        super(Config.class);
    }

    @Override
    public Predicate<ServerWebExchange> apply(Config config) {
        return exchange -> PortalPaths.isPortal(exchange.getRequest().getPath().pathWithinApplication().value());
    }

    /** Nothing to configure. */
    public static class Config {
    }
}
