package id.infoloker.gateway.console;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who may hold a console cookie: verifiers and administrators. Everyone else uses the apps with bearer tokens. */
final class ConsoleAccessPolicy {

    static final Set<String> CONSOLE_ROLES = Set.of("VERIFIER", "ADMIN");

    enum Decision { ALLOWED, NOT_STAFF }

    private ConsoleAccessPolicy() {
    }

    static Decision decide(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return roles != null && roles.stream().anyMatch(CONSOLE_ROLES::contains) ? Decision.ALLOWED
                : Decision.NOT_STAFF;
    }
}
