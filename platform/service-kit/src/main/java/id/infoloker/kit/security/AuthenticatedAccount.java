package id.infoloker.kit.security;

import java.util.Set;
import java.util.UUID;

/**
 * The caller, from a validated token: a controller parameter of this type is filled in by the kit. Whether the
 * account is verified is not in the token; each service reads that from its own projection.
 */
public record AuthenticatedAccount(UUID id, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return hasRole(Roles.VERIFIER) || hasRole(Roles.ADMIN);
    }
}
