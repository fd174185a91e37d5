package id.infoloker.kit.privacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * The account service's key store as the other services' tests need it: every account has a key (made on first use,
 * as registration makes one) until a test destroys it, as erasure does. A service's test configuration declares it as
 * its {@link PersonalDataKeys} bean in place of the kit's remote lookup (there is no account-service in those tests);
 * the seals, the cipher and the consumers stay the real ones.
 */
public class TestPersonalDataKeys implements PersonalDataKeys {

    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<UUID> destroyed = ConcurrentHashMap.newKeySet();

    @Override
    public Map<UUID, SecretKey> keysOf(Collection<UUID> accountIds) {
        Map<UUID, SecretKey> found = new HashMap<>();
        for (UUID id : accountIds) {
            if (!destroyed.contains(id)) {
                found.put(id, keys.computeIfAbsent(id, any -> PersonalDataCipher.newKey()));
            }
        }
        return found;
    }

    /** What account-service does on erasure. */
    public void destroy(UUID accountId) {
        destroyed.add(accountId);
        keys.remove(accountId);
    }
}
