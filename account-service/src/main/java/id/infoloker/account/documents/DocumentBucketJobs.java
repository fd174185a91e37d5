package id.infoloker.account.documents;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With the bucket configured, every instance keeps moving what is left in PostgreSQL and retries object deletions
 * that failed after their commit. Both are safe to run on several instances at once.
 */
@Component
@ConditionalOnProperty(name = DocumentStorageConfiguration.STORAGE, havingValue = "s3")
class DocumentBucketJobs {

    private static final int DELETIONS_PER_RUN = 500;

    private final DatabaseToBucketMigration migration;
    private final ObjectDeletions deletions;

    DocumentBucketJobs(DatabaseToBucketMigration migration, ObjectDeletions deletions) {
        this.migration = migration;
        this.deletions = deletions;
    }

    @Scheduled(fixedDelayString = "${infoloker.documents.s3.migration-delay:1m}",
            initialDelayString = "${infoloker.documents.s3.migration-delay:1m}")
    void run() {
        migration.moveAll();
        deletions.retryPending(DELETIONS_PER_RUN);
    }
}
