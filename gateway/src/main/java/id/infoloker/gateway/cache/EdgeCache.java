package id.infoloker.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Sinks;

/**
 * The edge cache's memory: stored answers by variant key (bounded by their bytes, each fresh for its own lifetime),
 * the {@code Vary} header names last seen for each path + query, and the fetches in flight so that concurrent misses of
 * one key share one call to the service. Per gateway replica.
 */
@Component
public class EdgeCache {

    private final Cache<String, CachedResponse> responses;
    private final Cache<String, List<String>> varyByResource;
    /** Scheme + method + path + query → the resource (route id included) stored for it, for the front filter. */
    private final Cache<String, String> resourceByRequest;
    private final ConcurrentHashMap<String, Sinks.One<Fill>> inFlight = new ConcurrentHashMap<>();
    private final EdgeCacheProperties properties;

    EdgeCache(EdgeCacheProperties properties) {
        this.properties = properties;
        this.responses = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedResponse response) -> response.weight())
                .expireAfter(Expiry.writing((String key, CachedResponse response) -> response.lifetime()))
                .build();
        this.varyByResource = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.maxTtl())
                .build();
        this.resourceByRequest = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.maxTtl())
                .build();
    }

    EdgeCacheProperties properties() {
        return properties;
    }

    /** The Vary header names of the last stored answer for this path + query, null when none is stored. */
    List<String> varyOf(String resource) {
        return varyByResource.getIfPresent(resource);
    }

    CachedResponse get(String key) {
        return responses.getIfPresent(key);
    }

    void put(String request, String resource, CachedResponse response) {
        varyByResource.put(resource, response.vary());
        resourceByRequest.put(request, resource);
        responses.put(response.key(), response);
    }

    /** The resource last stored for scheme + method + path + query, null when none. */
    String resourceFor(String request) {
        return resourceByRequest.getIfPresent(request);
    }

    /** Null when this caller now leads the fetch of {@code key}; else the fetch to wait for. */
    Sinks.One<Fill> joinOrLead(String key, Sinks.One<Fill> mine) {
        return inFlight.putIfAbsent(key, mine);
    }

    /** @param outcome for whoever still waits, unless the leader's answer was stored and handed on already */
    void finished(String key, Sinks.One<Fill> mine, Fill outcome) {
        inFlight.remove(key, mine);
        mine.tryEmitValue(outcome);
    }

    /**
     * Forgets everything (tests; an operator could expose it), fetches in flight too: a leader stays registered until
     * its answer has been written, so a request arriving in that moment would otherwise still be given the answer
     * the cache was just told to forget.
     */
    public void clear() {
        responses.invalidateAll();
        varyByResource.invalidateAll();
        resourceByRequest.invalidateAll();
        inFlight.clear();
    }

    long estimatedEntries() {
        return responses.estimatedSize();
    }
}
