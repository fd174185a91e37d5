package id.infoloker.devstack;

import java.net.URI;
import java.util.List;

/**
 * An S3-compatible bucket for account-service's document contents ({@code infoloker.documents.storage=s3}). Without
 * one the devstack keeps contents in PostgreSQL (the {@code database} store); the e2e tests give theirs (S3Proxy in
 * the test JVM) so every upload and read of a document goes through the S3 API, as in the cluster.
 *
 * @param endpoint  the S3 API's address, e.g. {@code http://127.0.0.1:40123}; bucket in the path
 * @param bucket    created beforehand (account-service does not create buckets)
 * @param accessKey with {@code secretKey}: the credentials the store checks signatures with
 */
public record DocumentBucket(URI endpoint, String bucket, String accessKey, String secretKey) {

    /** account-service's settings for this bucket, as command-line arguments. */
    List<String> accountServiceArguments() {
        return List.of(
                "--infoloker.documents.storage=s3",
                "--infoloker.documents.s3.endpoint=" + endpoint,
                "--infoloker.documents.s3.bucket=" + bucket,
                "--infoloker.documents.s3.path-style=true",
                "--infoloker.documents.s3.access-key=" + accessKey,
                "--infoloker.documents.s3.secret-key=" + secretKey);
    }

    /** Not the secret key: the record may be printed. */
    @Override
    public String toString() {
        return "DocumentBucket[" + endpoint + "/" + bucket + "]";
    }
}
