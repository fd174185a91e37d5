package id.infoloker.kit.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Where a service finds each person's key for {@link PersonalDataSeals}. The account service holds the keys (and
 * destroys one on erasure); every other service asks it ({@link RemotePersonalDataKeys}).
 */
public interface PersonalDataKeys {

    /** The keys of those accounts that still have one; an account missing from the answer was erased (or unknown). */
    Map<UUID, SecretKey> keysOf(Collection<UUID> accountIds);

    default Optional<SecretKey> keyOf(UUID accountId) {
        return Optional.ofNullable(keysOf(List.of(accountId)).get(accountId));
    }

    /** Drops a cached key (the account was erased). */
    default void forget(UUID accountId) {
    }
}
