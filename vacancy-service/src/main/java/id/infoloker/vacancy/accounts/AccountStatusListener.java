package id.infoloker.vacancy.accounts;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AccountStatusListener {

    private final Inbox inbox;
    private final AccountProjection projection;
    private final AccountErasure erasure;

    AccountStatusListener(Inbox inbox, AccountProjection projection, AccountErasure erasure) {
        this.inbox = inbox;
        this.projection = projection;
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.ACCOUNT_STATUS_CHANGED)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountStatusChanged.class, change -> {
            projection.apply(change);
            if (change.status() == AccountStatus.ERASED) {
                erasure.erase(change);
            }
        });
    }
}
