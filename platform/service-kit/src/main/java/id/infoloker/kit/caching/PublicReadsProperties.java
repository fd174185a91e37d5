package id.infoloker.kit.caching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code infoloker.public-reads.*}: how long shared caches may keep a public answer.
 *
 * @param sMaxage              fresh in a shared cache this long: short, so a closed or edited vacancy leaves every
 *                             cache within half a minute
 * @param staleWhileRevalidate then served stale this long while the cache fetches a fresh copy (no visitor waits on
 *                             the refill)
 */
@ConfigurationProperties("infoloker.public-reads")
public record PublicReadsProperties(
        @DefaultValue("30s") Duration sMaxage,
        @DefaultValue("60s") Duration staleWhileRevalidate) {
}
