package id.infoloker.vacancy.accounts;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the account projection (who may post or apply, and their names) from account-service's status changes.
 *
 * <p>On Kafka the name travels sealed with the account's key; it is opened here, as the event's contract intends
 * ("projections show names without reading the account service"). A company's name heads every vacancy it publishes
 * ({@code VacancyService#publish} copies it from here); a job seeker's name is shown only to the employers they
 * applied to ({@code GET /api/vacancies/{id}/applications}). Without the opening, both were null for every account
 * verified through the real flow. An erased person's key is gone: the name opens as null, and ERASED drops it.
 */
@Component
class AccountStatusListener {

    private final Inbox inbox;
    private final AccountProjection projection;
    private final AccountErasure erasure;
    private final PersonalDataSeals seals;

    AccountStatusListener(Inbox inbox, AccountProjection projection, AccountErasure erasure, PersonalDataSeals seals) {
        this.inbox = inbox;
        this.projection = projection;
        this.erasure = erasure;
        this.seals = seals;
    }

    @KafkaListener(topics = Topics.ACCOUNT_STATUS_CHANGED)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountStatusChanged.class, sealed -> {
            AccountStatusChanged change = seals.open(sealed);
            projection.apply(change);
            if (change.status() == AccountStatus.ERASED) {
                erasure.erase(change);
            }
        });
    }
}
