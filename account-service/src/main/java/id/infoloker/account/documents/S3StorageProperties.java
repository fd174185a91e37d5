package id.infoloker.account.documents;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where document contents go when {@code infoloker.documents.storage=s3}: any S3 API (AWS S3, MinIO, Ceph RGW, a
 * cloud provider's S3-compatible store).
 *
 * @param endpoint       the S3 API's address; empty for AWS itself (the region then decides)
 * @param region         the bucket's region (S3-compatible stores accept any; signatures need one)
 * @param bucket         the bucket, created beforehand (the service does not create buckets: whoever owns the
 *                       store sets its encryption, versioning and lifecycle)
 * @param accessKey      with {@code secretKey}: fixed credentials from a Secret; both empty: the SDK's default chain
 *                       (environment, web identity, instance profile)
 * @param pathStyle      bucket in the path ({@code endpoint/bucket/key}), as most self-hosted stores need
 * @param migrationBatch contents moved from PostgreSQL per transaction by {@link DatabaseToBucketMigration}
 * @param migrationDelay pause between two migration or deletion-retry runs
 */
@ConfigurationProperties("infoloker.documents.s3")
public record S3StorageProperties(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
                                  String accessKey, String secretKey, @DefaultValue("true") boolean pathStyle,
                                  @DefaultValue("10") int migrationBatch,
                                  @DefaultValue("1m") Duration migrationDelay) {

    /** Compose passes an unset endpoint as an empty string: that means AWS, as no endpoint does. */
    Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint).filter(uri -> !uri.toString().isBlank());
    }

    boolean hasFixedCredentials() {
        return accessKey != null && !accessKey.isBlank() && secretKey != null && !secretKey.isBlank();
    }
}
