package id.infoloker.gateway.session;

import id.infoloker.gateway.console.ConsolePaths;
import id.infoloker.gateway.portal.PortalPaths;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/** The two doors: the verification console (staff) and the public portal. Their cookie names are a contract. */
@Component
public class SessionDoors {

    public static final String CONSOLE_ACCESS = "INFOLOKER_CONSOLE";
    public static final String CONSOLE_REFRESH = "INFOLOKER_CONSOLE_REFRESH";
    public static final String PORTAL_ACCESS = "INFOLOKER_SESSION";
    public static final String PORTAL_REFRESH = "INFOLOKER_REFRESH";

    private final SessionDoor console;
    private final SessionDoor portal;
    private final Set<String> cookieNames;

    public SessionDoors(SessionProperties properties) {
        this.console = new SessionDoor(SessionDoor.Kind.CONSOLE, CONSOLE_ACCESS, CONSOLE_REFRESH, "Strict",
                properties.console().idleTimeout(), properties.console().refreshBefore(),
                (method, path) -> ConsolePaths.acceptsCookie(path));
        this.portal = new SessionDoor(SessionDoor.Kind.PORTAL, PORTAL_ACCESS, PORTAL_REFRESH, "Lax",
                properties.portal().idleTimeout(), properties.portal().refreshBefore(), PortalPaths::acceptsCookie);
        this.cookieNames = all().stream()
                .flatMap(door -> Stream.of(door.accessCookie(), door.refreshCookie()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public SessionDoor console() {
        return console;
    }

    public SessionDoor portal() {
        return portal;
    }

    public List<SessionDoor> all() {
        return List.of(console, portal);
    }

    /** The door whose cookie a request may use, if any (the paths of the two doors never overlap). */
    public Optional<SessionDoor> forRequest(ServerHttpRequest request) {
        // Asked on every request: two plain checks, no stream.
        if (console.acceptsCookieOn(request)) {
            return Optional.of(console);
        }
        return portal.acceptsCookieOn(request) ? Optional.of(portal) : Optional.empty();
    }

    /** Every session cookie name: none of them is ever forwarded to a service. */
    public Set<String> cookieNames() {
        return cookieNames;
    }
}
