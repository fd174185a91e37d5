package id.infoloker.account.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * account-service configured as in the cluster ({@code infoloker.documents.storage=s3}) against a real S3 API
 * (S3Proxy, {@link TestObjectStore}). Its own database (another application name), so moving "every row left in
 * PostgreSQL" cannot touch the other tests' documents, and no Kafka listeners (it runs beside the shared context).
 */
@AccountServiceIntegrationTest
@TestPropertySource(properties = {
    "spring.application.name=account-service-object-store",
    "spring.kafka.listener.auto-startup=false",
    "infoloker.documents.storage=s3",
    "infoloker.documents.s3.bucket=" + TestObjectStore.BUCKET,
    "infoloker.documents.s3.access-key=" + TestObjectStore.ACCESS_KEY,
    "infoloker.documents.s3.secret-key=" + TestObjectStore.SECRET_KEY,
    "infoloker.documents.s3.migration-batch=2",
    // The tests move rows themselves; the job would race them.
    "infoloker.documents.s3.migration-delay=1h"})
class DocumentsOnObjectStorageTest {

    private static final S3Client bucket = TestObjectStore.get().client();

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        registry.add("infoloker.documents.s3.endpoint", () -> TestObjectStore.get().endpoint().toString());
    }

    @AfterAll
    static void closeClient() {
        bucket.close();
    }

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentStorage storage;

    @Autowired
    DatabaseToBucketMigration migration;

    @Autowired
    ObjectDeletions deletions;

    @Autowired
    TransactionTemplate transactions;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void anUploadedDocumentIsAnObjectInTheBucketNotARowAndReadsBackThroughTheApi() {
        Caller siti = accounts.jobSeeker();
        byte[] ktp = Files.pdf();
        UUID id = upload(siti, "KTP", ktp);

        assertThat(object(id)).contains(ktp);
        assertThat(rowsOf(id)).isZero();
        assertThat(readOwn(siti, id)).isEqualTo(ktp);
    }

    @Test
    void aReplacedDocumentsObjectLeavesTheBucketOnceTheReplacementIsCommitted() {
        Caller siti = accounts.jobSeeker();
        UUID first = upload(siti, "CV", Files.pdf());
        UUID second = upload(siti, "CV", Files.png());

        assertThat(object(first)).isEmpty();
        assertThat(object(second)).contains(Files.png());
        assertThat(pendingDeletions(first)).isZero();
    }

    @Test
    void anErasedPersonsDocumentsLeaveTheBucket() {
        Caller siti = accounts.jobSeeker();
        UUID ktp = upload(siti, "KTP", Files.jpeg());
        UUID ijazah = upload(siti, "IJAZAH", Files.pdf());

        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isNoContent();

        assertThat(object(ktp)).isEmpty();
        assertThat(object(ijazah)).isEmpty();
    }

    @Test
    void aRolledBackUploadLeavesNoObjectAndARolledBackDeletionKeepsTheObject() {
        UUID uploadedThenRolledBack = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            storage.store(uploadedThenRolledBack, Files.pdf());
            status.setRollbackOnly();
        });
        assertThat(object(uploadedThenRolledBack)).isEmpty();

        UUID kept = UUID.randomUUID();
        transactions.executeWithoutResult(status -> storage.store(kept, Files.pdf()));
        transactions.executeWithoutResult(status -> {
            storage.delete(kept);
            status.setRollbackOnly();
        });
        assertThat(object(kept)).contains(Files.pdf());
        assertThat(pendingDeletions(kept)).isZero();
        assertThat(storage.read(kept)).contains(Files.pdf());
    }

    @Test
    void aDeletionTheStoreDidNotCarryOutIsRetriedUntilTheObjectIsGone() {
        UUID id = UUID.randomUUID();
        put(id, Files.jpeg());
        // As a commit whose after-commit deletion failed (store away) leaves it.
        jdbc.update("INSERT INTO document_object_deletion (id, requested_at) VALUES (?, now() - interval '1 hour')",
                id);

        assertThat(deletions.retryPending(1000)).isPositive();

        assertThat(object(id)).isEmpty();
        assertThat(pendingDeletions(id)).isZero();
    }

    @Test
    void contentsStoredInPostgresqlAreReadUntilMovedThenMovedOnceAndStillRead() {
        Caller siti = accounts.jobSeeker();
        byte[] ktp = Files.pdf();
        byte[] foto = Files.jpeg();
        UUID ktpId = upload(siti, "KTP", ktp);
        UUID fotoId = upload(siti, "PAS_FOTO", foto);
        UUID cvId = upload(siti, "CV", Files.png());
        // As the PostgreSQL store left them before the bucket was configured: rows, no objects.
        for (UUID id : new UUID[] {ktpId, fotoId, cvId}) {
            byte[] content = object(id).orElseThrow();
            bucket.deleteObject(b -> b.bucket(TestObjectStore.BUCKET).key(DocumentObjects.keyOf(id)));
            jdbc.update("INSERT INTO document_content (id, content) VALUES (?, ?)", id, content);
        }
        assertThat(readOwn(siti, ktpId)).as("read from the row while not moved").isEqualTo(ktp);

        assertThat(migration.moveAll()).isGreaterThanOrEqualTo(3);

        assertThat(rowsOf(ktpId) + rowsOf(fotoId) + rowsOf(cvId)).isZero();
        assertThat(object(ktpId)).contains(ktp);
        assertThat(object(fotoId)).contains(foto);
        assertThat(object(cvId)).contains(Files.png());
        assertThat(readOwn(siti, fotoId)).isEqualTo(foto);
        assertThat(migration.moveAll()).as("nothing left to move").isZero();
    }

    @Test
    void aMigrationThatDiedAfterWritingItsObjectsIsCompletedByTheNextRun() {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO document_content (id, content) VALUES (?, ?)", id, Files.pdf());
        // The dead run had written the object but not committed the rows' removal.
        put(id, Files.pdf());

        assertThat(migration.moveAll()).isGreaterThanOrEqualTo(1);

        assertThat(rowsOf(id)).isZero();
        assertThat(object(id)).contains(Files.pdf());
    }

    @Test
    void aStoreThatDoesNotAnswerIsA503ProblemNotAServerError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (S3Client away = S3Client.builder()
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .endpointOverride(java.net.URI.create("http://127.0.0.1:" + closedPort))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                .build()) {
            DocumentObjects objects = new DocumentObjects(away, TestObjectStore.BUCKET);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> objects.get(UUID.randomUUID()))
                    .isInstanceOfSatisfying(id.infoloker.kit.problem.ProblemException.class, problem -> assertThat(
                            problem.status().value()).isEqualTo(503));
        }
    }

    private UUID upload(Caller caller, String type, byte[] content) {
        String id = accounts.upload(caller, type, content, "dokumen", MediaType.APPLICATION_OCTET_STREAM)
                .expectStatus().isCreated()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("id").toString();
        return UUID.fromString(id);
    }

    private byte[] readOwn(Caller caller, UUID id) {
        return http.get().uri("/api/accounts/me/documents/{id}", id).headers(caller.bearer()).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static Optional<byte[]> object(UUID id) {
        try {
            return Optional.of(bucket.getObjectAsBytes(b -> b.bucket(TestObjectStore.BUCKET)
                    .key(DocumentObjects.keyOf(id))).asByteArray());
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }

    private static void put(UUID id, byte[] content) {
        bucket.putObject(b -> b.bucket(TestObjectStore.BUCKET).key(DocumentObjects.keyOf(id)),
                RequestBody.fromBytes(content));
    }

    private int rowsOf(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM document_content WHERE id = ?", Integer.class, id);
    }

    private int pendingDeletions(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM document_object_deletion WHERE id = ?", Integer.class, id);
    }
}
