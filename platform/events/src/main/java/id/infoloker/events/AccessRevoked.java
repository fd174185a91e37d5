package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An account's access tokens stop working before they expire. {@code sessionId} names one session (the refresh-token
 * family, the access token's {@code sid} claim); null means every session of the account: then every access token
 * issued before {@code revokedBefore} is refused. {@code reason} says why (logout, refresh-reuse, password-reset,
 * disabled, ...), for logs and audits; consumers do not branch on it.
 */
public record AccessRevoked(
        UUID accountId,
        String sessionId,
        Instant revokedBefore,
        String reason) {
}
