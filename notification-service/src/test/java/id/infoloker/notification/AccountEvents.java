package id.infoloker.notification;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.testkit.TestKafka;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import tools.jackson.databind.json.JsonMapper;

/** Account events as account-service publishes them. */
final class AccountEvents {

    static AccountRegistered jobSeeker(UUID accountId, String name, String language) {
        return new AccountRegistered(accountId, AccountType.JOB_SEEKER, name, "pencaker@example.id",
                "+6281234567890", language, "321501",
                new AccountRegistered.JobSeeker("3215014506990001", "Karawang", LocalDate.of(1999, 6, 5), "F", "SMK"),
                null, Instant.now().minusSeconds(60));
    }

    static AccountRegistered jobSeeker(UUID accountId, String name, String language, String email, String phone) {
        return new AccountRegistered(accountId, AccountType.JOB_SEEKER, name, email, phone, language, "321501",
                new AccountRegistered.JobSeeker("3215014506990001", "Karawang", LocalDate.of(1999, 6, 5), "F", "SMK"),
                null, Instant.now().minusSeconds(60));
    }

    static AccountRegistered employer(UUID accountId, String companyName) {
        return new AccountRegistered(accountId, AccountType.EMPLOYER, companyName, "hrd@perusahaan.example.id",
                "+6281234567891", "id", "321501", null,
                new AccountRegistered.Employer(companyName, "9120001234561", "012345674431000", "Dewi Lestari"),
                Instant.now().minusSeconds(60));
    }

    static AccountStatusChanged employerVerified(UUID accountId, String companyName) {
        return new AccountStatusChanged(accountId, AccountType.EMPLOYER, AccountStatus.VERIFIED,
                AccountStatus.PENDING_VERIFICATION, companyName, null, null, List.of(), Instant.now());
    }

    static AccountStatusChanged statusChanged(UUID accountId, AccountStatus status, String name, String reasonCode,
                                              String note, List<String> documentsToRedo) {
        return new AccountStatusChanged(accountId, AccountType.JOB_SEEKER, status, AccountStatus.PENDING_VERIFICATION,
                name, reasonCode, note, documentsToRedo, Instant.now());
    }

    static RecordMetadata publish(JsonMapper json, AccountRegistered registered) {
        return TestKafka.send(Topics.ACCOUNT_REGISTERED, registered.accountId().toString(),
                json.writeValueAsString(registered));
    }

    static RecordMetadata publish(JsonMapper json, AccountStatusChanged change) {
        return publish(json, change, UUID.randomUUID().toString());
    }

    static RecordMetadata publish(JsonMapper json, AccountStatusChanged change, String eventId) {
        return TestKafka.send(Topics.ACCOUNT_STATUS_CHANGED, change.accountId().toString(),
                json.writeValueAsString(change), eventId);
    }

    private AccountEvents() {
    }
}
