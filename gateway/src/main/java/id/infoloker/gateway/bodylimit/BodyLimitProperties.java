package id.infoloker.gateway.bodylimit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param max largest request body on any path
 * @param uploadMax largest request body on the upload paths
 * @param uploadPaths path patterns of the document uploads
 */
@ConfigurationProperties("infoloker.body-limit")
public record BodyLimitProperties(DataSize max, DataSize uploadMax, List<String> uploadPaths) {

    public BodyLimitProperties {
        max = max == null ? DataSize.ofMegabytes(1) : max;
        uploadMax = uploadMax == null ? DataSize.ofMegabytes(10) : uploadMax;
        uploadPaths = uploadPaths == null ? List.of() : List.copyOf(uploadPaths);
    }
}
