package id.infoloker.vacancy.accounts;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.vacancy.reference.Kecamatan;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps only a job seeker's kecamatan from a registration, for the public hires-by-kecamatan counts. The record also
 * carries NIK and contact data; they are neither stored nor logged here.
 */
@Component
class AccountRegisteredListener {

    private final Inbox inbox;
    private final AccountProjection projection;
    private final AccountErasure erasure;

    AccountRegisteredListener(Inbox inbox, AccountProjection projection, AccountErasure erasure) {
        this.inbox = inbox;
        this.projection = projection;
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.ACCOUNT_REGISTERED)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountRegistered.class, registered -> {
            // The kecamatan travels in the clear (it names nobody); an erased person's late or replayed registration
            // records nothing.
            if (registered.accountType() == AccountType.JOB_SEEKER && Kecamatan.isKnown(registered.kecamatanCode())
                    && !erasure.isErased(registered.accountId())) {
                projection.recordDomicile(registered.accountId(), registered.kecamatanCode());
            }
        });
    }
}
