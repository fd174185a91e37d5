package id.infoloker.account.documents;

import id.infoloker.kit.problem.ProblemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Document contents as objects in one bucket, keyed {@code documents/<id>}: generated ids only, never a name the
 * uploader chose, so a key says nothing about its owner. A store that does not answer is a 503
 * {@code document-storage-unavailable} for the caller (as a database outage is), never a bare 500.
 */
class DocumentObjects {

    private static final Logger log = LoggerFactory.getLogger(DocumentObjects.class);

    private final S3Client s3;
    private final String bucket;

    DocumentObjects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static String keyOf(UUID id) {
        return "documents/" + id;
    }

    /** Writes (or overwrites with the same bytes: idempotent); Content-MD5 makes the store refuse a damaged body. */
    void put(UUID id, byte[] content) {
        call("write", id, () -> s3.putObject(PutObjectRequest.builder().bucket(bucket).key(keyOf(id))
                .contentType("application/octet-stream")
                .contentLength((long) content.length)
                .contentMD5(md5(content))
                .build(), RequestBody.fromBytes(content)));
    }

    Optional<byte[]> get(UUID id) {
        return call("read", id, () -> {
            try {
                return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(keyOf(id))
                        .build()).asByteArray());
            } catch (NoSuchKeyException absent) {
                return Optional.<byte[]>empty();
            }
        });
    }

    /** Deleting an absent key succeeds (S3 semantics), so a repeated deletion is harmless. */
    void delete(UUID id) {
        call("delete", id, () -> s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(keyOf(id))
                .build()));
    }

    private static <T> T call(String operation, UUID id, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException failure) {
            // The store's message names the bucket and key (a document id), never the content or its owner.
            log.warn("Object store failed to {} document {}: {}", operation, id, failure.getMessage());
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "document-storage-unavailable");
        }
    }

    private static String md5(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
