package id.infoloker.kit.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Keys looked up at the account service ({@code POST /internal/personal-data-keys}, authenticated with the services'
 * shared secret), several accounts per call, kept in memory for {@code key-cache-ttl}. Only keys that exist are cached:
 * an erased account is asked again (and stays unreadable), and erasure drops a cached key at once.
 */
public class RemotePersonalDataKeys implements PersonalDataKeys {

    static final String PATH = "/internal/personal-data-keys";
    private static final int MOST_PER_CALL = 500;

    private final RestClient http;
    private final Cache<UUID, SecretKey> cache;

    public RemotePersonalDataKeys(PrivacyProperties properties, String keyServiceUrl) {
        if (properties.serviceSecret() == null || properties.serviceSecret().isBlank()) {
            throw new IllegalStateException("infoloker.privacy.service-secret is required to read personal-data keys");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().baseUrl(keyServiceUrl).requestFactory(requests)
                .defaultHeader(PrivacyProperties.SERVICE_SECRET_HEADER, properties.serviceSecret()).build();
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.keyCacheTtl())
                .maximumSize(properties.keyCacheSize()).build();
    }

    @Override
    public Map<UUID, SecretKey> keysOf(Collection<UUID> accountIds) {
        Map<UUID, SecretKey> found = new HashMap<>(cache.getAllPresent(accountIds));
        List<UUID> missing = new ArrayList<>(new LinkedHashSet<>(accountIds));
        missing.removeAll(found.keySet());
        for (int from = 0; from < missing.size(); from += MOST_PER_CALL) {
            List<UUID> chunk = missing.subList(from, Math.min(missing.size(), from + MOST_PER_CALL));
            KeysAnswer answer = lookUp(chunk);
            if (answer != null && answer.keys() != null) {
                answer.keys().forEach((id, raw) -> {
                    SecretKey key = PersonalDataCipher.keyOf(Base64.getDecoder().decode(raw));
                    cache.put(id, key);
                    found.put(id, key);
                });
            }
        }
        return found;
    }

    private KeysAnswer lookUp(List<UUID> accountIds) {
        try {
            return http.post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                    .body(new KeysRequest(accountIds)).retrieve().body(KeysAnswer.class);
        } catch (RestClientException e) {
            throw new KeyServiceUnavailableException("Personal-data keys could not be read from the account service ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void forget(UUID accountId) {
        cache.invalidate(accountId);
    }

    /** The lookup's body. */
    public record KeysRequest(List<UUID> accountIds) {
    }

    /** The lookup's answer: base64 keys of the accounts that still have one. */
    public record KeysAnswer(Map<UUID, String> keys) {
    }
}
