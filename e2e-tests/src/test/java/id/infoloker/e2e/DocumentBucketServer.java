package id.infoloker.e2e;

import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.DocumentBucket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 API account-service keeps document contents in during the e2e run ({@code infoloker.documents.storage=s3},
 * as in the cluster): S3Proxy in the test JVM over its in-memory blob store, signatures checked, started as
 * account-service's own tests start it. Tests look into the bucket with a client of their own, through the S3 API.
 */
final class DocumentBucketServer {

    static final String BUCKET = "infoloker-documents-e2e";
    private static final String ACCESS_KEY = "e2e-access-key";
    private static final String SECRET_KEY = "e2e-secret-key";

    private final S3Proxy proxy;
    private final URI endpoint;
    private final S3Client client;

    private DocumentBucketServer(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.client = S3Client.builder()
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

    static DocumentBucketServer start() {
        BlobStore blobs = new TransientNio2BlobStore();
        blobs.createContainer(BUCKET);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // Stopped after the services: no request is left to finish, so no graceful wait (30 s by default).
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        await().until(() -> "STARTED".equals(proxy.getState()));
        return new DocumentBucketServer(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    /** What account-service is given: this endpoint, the bucket and the credentials the proxy checks. */
    DocumentBucket bucket() {
        return new DocumentBucket(endpoint, BUCKET, ACCESS_KEY, SECRET_KEY);
    }

    /** The content of a document (account-service's key {@code documents/<id>}), or empty when there is none. */
    Optional<byte[]> object(UUID documentId) {
        return object("documents/" + documentId);
    }

    /** Every object in the bucket, by key. */
    Map<String, byte[]> objects() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (S3Object object : client.listObjectsV2Paginator(request -> request.bucket(BUCKET)).contents()) {
            object(object.key()).ifPresent(content -> objects.put(object.key(), content));
        }
        return objects;
    }

    private Optional<byte[]> object(String key) {
        try {
            return Optional.of(client.getObjectAsBytes(request -> request.bucket(BUCKET).key(key)).asByteArray());
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }

    void stop() {
        client.close();
        try {
            proxy.stop();
        } catch (Exception e) {
            System.err.println("S3Proxy did not stop: " + e);
        }
    }
}
