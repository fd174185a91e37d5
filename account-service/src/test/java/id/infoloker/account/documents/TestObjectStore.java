package id.infoloker.account.documents;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API in the test JVM: S3Proxy (the S3 protocol, signatures V2/V4 checked) over its in-memory blob store,
 * started once, with the documents' bucket. Tests look into the bucket with their own client.
 */
final class TestObjectStore {

    static final String BUCKET = "infoloker-documents-test";
    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key";

    private static TestObjectStore instance;

    private final URI endpoint;

    private TestObjectStore() throws Exception {
        BlobStore blobs = new TransientNio2BlobStore();
        blobs.createContainer(BUCKET);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        await().until(() -> "STARTED".equals(proxy.getState()));
        // Never stopped: it lives as long as the test JVM (a graceful stop in a shutdown hook waits 30 s for nothing).
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    static synchronized TestObjectStore get() {
        if (instance == null) {
            try {
                instance = new TestObjectStore();
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
        return instance;
    }

    URI endpoint() {
        return endpoint;
    }

    /** A client of the test's own, to look into the bucket independently of the service's. */
    S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }
}
