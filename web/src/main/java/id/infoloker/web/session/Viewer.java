package id.infoloker.web.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is looking at the page: nobody (anonymous, cacheable pages) or a signed-in account, known from the bearer
 * token the gateway made out of the session cookie. The browser never holds the token; web only passes it on to the
 * services, which decide what the person may see.
 */
public record Viewer(UUID accountId, List<String> roles, String bearerToken) {

    public static final Viewer ANONYMOUS = new Viewer(null, List.of(), null);

    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwtAuthentication) {
            Jwt jwt = jwtAuthentication.getToken();
            List<String> roles = jwt.getClaimAsStringList("roles");
            return new Viewer(UUID.fromString(jwt.getSubject()), roles == null ? List.of() : List.copyOf(roles),
                    jwt.getTokenValue());
        }
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean isJobSeeker() {
        return roles.contains("JOB_SEEKER");
    }

    public boolean isEmployer() {
        return roles.contains("EMPLOYER");
    }

    public Optional<String> token() {
        return Optional.ofNullable(bearerToken);
    }

    @Override
    public String toString() {
        return "Viewer[accountId=" + accountId + ", roles=" + roles + "]";
    }
}
