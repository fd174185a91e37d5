package id.infoloker.verification.intake;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes registrations and document submissions in polled batches (one transaction per batch, see
 * {@link IntakeBatches}); the kit's inbox still makes each event take effect once.
 */
@Component
class IntakeListener {

    private final IntakeBatches batches;
    private final CaseIntake intake;
    private final Inbox inbox;
    private final AccountErasure erasure;

    IntakeListener(IntakeBatches batches, CaseIntake intake, Inbox inbox, AccountErasure erasure) {
        this.batches = batches;
        this.intake = intake;
        this.inbox = inbox;
        this.erasure = erasure;
    }

    /**
     * One consumer per partition (3 by default): with a single thread, the JVM idles while PostgreSQL works on a
     * batch and the other way round. Records are keyed by account, so the consumers never share an account.
     */
    @KafkaListener(topics = Topics.ACCOUNT_REGISTERED, batch = "true",
            concurrency = "${infoloker.verification.intake.concurrency:3}")
    void onRegistered(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, AccountRegistered.class, intake::openAll, intake::open);
    }

    @KafkaListener(topics = Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED, batch = "true")
    void onIdentityCorrectionRequested(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, AccountIdentityCorrectionRequested.class, intake::correct);
    }

    /** Only ERASED matters here: the person's case and data go (AccountErasure). */
    @KafkaListener(topics = Topics.ACCOUNT_STATUS_CHANGED)
    void onStatusChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountStatusChanged.class, erasure::apply);
    }

    @KafkaListener(topics = Topics.ACCOUNT_DOCUMENTS_SUBMITTED, batch = "true",
            concurrency = "${infoloker.verification.intake.concurrency:3}")
    void onDocumentsSubmitted(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, AccountDocumentsSubmitted.class, intake::recordDocuments);
    }
}
