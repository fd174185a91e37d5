package id.infoloker.kit.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code infoloker.retention.*}, the kit's part (docs/privacy.md).
 *
 * @param processedEvents  how long an inbox row is kept: longer than any topic keeps a record (14 days, 30 on
 *                         {@code .dlt}), so no redelivery can find its mark gone
 */
@ConfigurationProperties("infoloker.retention")
public record RetentionProperties(
        @DefaultValue("35d") Duration processedEvents) {
}
