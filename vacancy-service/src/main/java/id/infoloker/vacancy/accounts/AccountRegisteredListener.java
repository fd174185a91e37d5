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

    AccountRegisteredListener(Inbox inbox, AccountProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.ACCOUNT_REGISTERED)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountRegistered.class, registered -> {
            if (registered.accountType() == AccountType.JOB_SEEKER && Kecamatan.isKnown(registered.kecamatanCode())) {
                projection.recordDomicile(registered.accountId(), registered.kecamatanCode());
            }
        });
    }
}
