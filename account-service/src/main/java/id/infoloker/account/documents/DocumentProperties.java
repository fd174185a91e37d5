package id.infoloker.account.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest document accepted (413 above it). Keep {@code spring.servlet.multipart.max-file-size}
 *                and the gateway's upload cap at or above it, so the refusal comes from here, as a clear problem.
 */
@ConfigurationProperties("infoloker.documents")
public record DocumentProperties(@DefaultValue("2MB") DataSize maxSize) {
}
