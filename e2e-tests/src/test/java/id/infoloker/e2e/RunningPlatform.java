package id.infoloker.e2e;

import id.infoloker.devstack.Devstack;
import id.infoloker.devstack.DevstackOptions;
import java.nio.file.Path;

/**
 * One devstack for the whole end-to-end run: embedded PostgreSQL, a real Kafka broker process and the six service
 * JVMs (web included) built by this reactor build. Ports are offset by 100 (gateway on 8180) so a developer's own devstack on 8080
 * can keep running. account-service keeps document contents in an S3 bucket ({@link DocumentBucketServer}, started
 * first), as in the cluster, not in PostgreSQL as the plain devstack does. Both stopped when the test JVM exits.
 */
final class RunningPlatform {

    static final int PORT_OFFSET = 100;
    private static Devstack devstack;
    private static DocumentBucketServer documentBucket;

    static synchronized Devstack get() {
        if (devstack == null) {
            Path root = DevstackOptions.defaultRepositoryRoot();
            DocumentBucketServer bucket = DocumentBucketServer.start();
            DevstackOptions options = DevstackOptions.defaults(root)
                    .withWorkDir(root.resolve("e2e-tests/target/devstack"))
                    .withPortOffset(PORT_OFFSET)
                    .withDocumentBucket(bucket.bucket());
            try {
                devstack = Devstack.start(options);
            } catch (RuntimeException e) {
                bucket.stop();
                throw e;
            }
            documentBucket = bucket;
            Devstack started = devstack;
            // The services first: account-service may still be deleting objects while it stops.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                bucket.stop();
            }, "devstack-stop"));
        }
        return devstack;
    }

    /** The bucket account-service keeps document contents in (started with the platform). */
    static synchronized DocumentBucketServer documentBucket() {
        get();
        return documentBucket;
    }

    private RunningPlatform() {
    }
}
