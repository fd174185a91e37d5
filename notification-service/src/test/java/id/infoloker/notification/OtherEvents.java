package id.infoloker.notification;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyPublished;
import id.infoloker.testkit.TestKafka;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import tools.jackson.databind.json.JsonMapper;

/** Vacancy and application events as their services publish them. */
final class OtherEvents {

    static VacancyPublished vacancy(String title, String kecamatan, String education, String employmentType) {
        return new VacancyPublished(UUID.randomUUID(), UUID.randomUUID(), "PT Maju Bersama", title, kecamatan,
                education, employmentType, 4_800_000L, 5_200_000L, LocalDate.of(2026, 12, 31), Instant.now());
    }

    static RecordMetadata publish(JsonMapper json, VacancyPublished vacancy, String eventId) {
        return TestKafka.send(Topics.VACANCY_PUBLISHED, vacancy.vacancyId().toString(),
                json.writeValueAsString(vacancy), eventId);
    }

    static RecordMetadata publish(JsonMapper json, ApplicationSubmitted submitted) {
        return TestKafka.send(Topics.APPLICATION_SUBMITTED, submitted.applicationId().toString(),
                json.writeValueAsString(submitted));
    }

    static RecordMetadata publish(JsonMapper json, ApplicationStatusChanged changed) {
        return TestKafka.send(Topics.APPLICATION_STATUS_CHANGED, changed.applicationId().toString(),
                json.writeValueAsString(changed));
    }

    private OtherEvents() {
    }
}
