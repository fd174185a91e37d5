package id.infoloker.gateway.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The public portal (service {@code web}) gets every path that is not the API's, the console's, the documentation's
 * or the gateway's own: web renders its own HTML 404 for the rest.
 */
public final class PortalPaths {

    /** Sign-out, answered by the gateway itself. */
    public static final String SIGN_OUT = "/keluar";
    public static final String HOME = "/";

    /** The routes to web (application.yml): only their responses may hand over a session. */
    private static final Set<String> ROUTE_IDS = Set.of("web", "web-uploads", "web-sign-in", "web-registration");

    /**
     * Never web's. {@code /api/**}: unknown API paths stay a 401/404 problem for API clients; {@code /actuator/**}: a
     * 404 on the public port; the documentation and the breakers' internal fallback stay the gateway's.
     */
    private static final List<PathPattern> NOT_PORTAL = parse("/api/**", "/actuator/**", "/console/**", "/v3/**",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**", "/_gateway/**");

    private PortalPaths() {
    }

    /** Whether the catch-all route {@code web} may take this path. */
    public static boolean isPortal(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return NOT_PORTAL.stream().noneMatch(pattern -> pattern.matches(container));
    }

    /** Portal paths where the portal cookie stands for a bearer token: all but the gateway's own sign-out form. */
    public static boolean acceptsCookie(HttpMethod method, String path) {
        return isPortal(path) && !(HttpMethod.POST.equals(method) && SIGN_OUT.equals(path));
    }

    public static boolean isPortalRoute(String routeId) {
        return ROUTE_IDS.contains(routeId);
    }

    private static List<PathPattern> parse(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }
}
