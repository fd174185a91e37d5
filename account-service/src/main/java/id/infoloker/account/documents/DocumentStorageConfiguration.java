package id.infoloker.account.documents;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Which {@link DocumentStorage} this instance uses: {@code infoloker.documents.storage=database} (the default, the
 * devstack's: {@code bytea} rows) or {@code s3} (an S3-compatible bucket, with the rows still read until
 * {@link DatabaseToBucketMigration} has moved them).
 */
@Configuration(proxyBeanMethods = false)
class DocumentStorageConfiguration {

    static final String STORAGE = "infoloker.documents.storage";

    @Bean
    @ConditionalOnProperty(name = STORAGE, havingValue = "database", matchIfMissing = true)
    DocumentStorage postgresDocumentStorage(JdbcTemplate jdbc) {
        return new PostgresDocumentStorage(jdbc);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = STORAGE, havingValue = "s3")
    @EnableConfigurationProperties(S3StorageProperties.class)
    static class ObjectStore {

        @Bean(destroyMethod = "close")
        S3Client documentBucketClient(S3StorageProperties properties) {
            Assert.hasText(properties.bucket(), "infoloker.documents.s3.bucket must name the documents' bucket");
            S3ClientBuilder builder = S3Client.builder()
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .region(Region.of(properties.region()))
                    .credentialsProvider(credentials(properties))
                    .forcePathStyle(properties.pathStyle())
                    // The SDK's default CRC32 trailers (since 2.30) are refused by several S3-compatible stores;
                    // checksums only where the S3 API requires them keeps "any S3 API" true.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            properties.endpointOverride().ifPresent(builder::endpointOverride);
            return builder.build();
        }

        @Bean
        DocumentObjects documentObjects(S3Client documentBucketClient, S3StorageProperties properties) {
            return new DocumentObjects(documentBucketClient, properties.bucket());
        }

        @Bean
        ObjectDeletions objectDeletions(DocumentObjects objects, JdbcTemplate jdbc, TransactionTemplate transactions) {
            return new ObjectDeletions(objects, jdbc, transactions);
        }

        @Bean
        DocumentStorage s3DocumentStorage(DocumentObjects objects, JdbcTemplate jdbc, ObjectDeletions deletions) {
            return new S3DocumentStorage(objects, new PostgresDocumentStorage(jdbc), deletions);
        }

        @Bean
        DatabaseToBucketMigration databaseToBucketMigration(DocumentObjects objects, S3StorageProperties properties,
                                                            JdbcTemplate jdbc, TransactionTemplate transactions) {
            return new DatabaseToBucketMigration(objects, jdbc, transactions, properties.migrationBatch());
        }

        private static AwsCredentialsProvider credentials(S3StorageProperties properties) {
            return properties.hasFixedCredentials()
                    ? StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()))
                    : DefaultCredentialsProvider.builder().build();
        }
    }
}
