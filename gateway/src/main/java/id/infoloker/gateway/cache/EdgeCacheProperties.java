package id.infoloker.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize bound of all stored answers together (bodies and headers)
 * @param maxEntrySize a larger answer is passed on but not stored
 * @param maxTtl cap on a service's {@code s-maxage}: what the edge serves is never older than this
 */
@ConfigurationProperties("infoloker.edge-cache")
public record EdgeCacheProperties(DataSize maxSize, DataSize maxEntrySize, Duration maxTtl) {

    public EdgeCacheProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(64) : maxSize;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(1) : maxEntrySize;
        maxTtl = maxTtl == null ? Duration.ofMinutes(5) : maxTtl;
    }
}
