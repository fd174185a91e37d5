package id.infoloker.verification.reports;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.events.VacancyPublished;
import id.infoloker.events.VacancyReported;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects what the labour-market report needs from vacancy-service's events. Upserts keyed by the vacancy or
 * application, so a redelivery or a replay from offset 0 changes nothing.
 */
@Component
class ReportEventsListener {

    /** An application is a placement when the employer accepts it. */
    static final String ACCEPTED = "DITERIMA";

    private final Inbox inbox;
    private final JdbcTemplate jdbc;

    ReportEventsListener(Inbox inbox, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.VACANCY_PUBLISHED)
    void onVacancyPublished(ConsumerRecord<String, String> record) {
        inbox.handle(record, VacancyPublished.class, (meta, vacancy) -> {
            if (vacancy.vacancyId() == null) {
                throw new MalformedEventException("VacancyPublished without vacancyId");
            }
            jdbc.update("""
                    INSERT INTO report_vacancy (vacancy_id, published_at, education, employment_type, kecamatan_code)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (vacancy_id) DO NOTHING""", vacancy.vacancyId(),
                    at(vacancy.publishedAt()), vacancy.minimumEducation(), vacancy.employmentType(),
                    vacancy.kecamatanCode());
        });
    }

    @KafkaListener(topics = Topics.VACANCY_CLOSED)
    void onVacancyClosed(ConsumerRecord<String, String> record) {
        inbox.handle(record, VacancyClosed.class, (meta, closed) -> {
            if (closed.vacancyId() == null || closed.reason() == null) {
                throw new MalformedEventException("VacancyClosed without vacancyId or reason");
            }
            jdbc.update("""
                    INSERT INTO report_vacancy_closed (vacancy_id, reason, closed_at) VALUES (?, ?, ?)
                    ON CONFLICT (vacancy_id) DO NOTHING""", closed.vacancyId(), closed.reason(),
                    at(closed.closedAt()));
        });
    }

    @KafkaListener(topics = Topics.VACANCY_REPORTED)
    void onVacancyReported(ConsumerRecord<String, String> record) {
        inbox.handle(record, VacancyReported.class, (meta, report) -> {
            if (report.reportId() == null || report.reasonCode() == null) {
                throw new MalformedEventException("VacancyReported without reportId or reasonCode");
            }
            jdbc.update("""
                    INSERT INTO report_vacancy_report (report_id, vacancy_id, reason_code, reported_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING""", report.reportId(), report.vacancyId(),
                    report.reasonCode(), at(report.reportedAt()));
        });
    }

    @KafkaListener(topics = Topics.APPLICATION_SUBMITTED)
    void onApplicationSubmitted(ConsumerRecord<String, String> record) {
        inbox.handle(record, ApplicationSubmitted.class, (meta, submitted) -> {
            if (submitted.applicationId() == null) {
                throw new MalformedEventException("ApplicationSubmitted without applicationId");
            }
            jdbc.update("""
                    INSERT INTO report_application (application_id, submitted_at) VALUES (?, ?)
                    ON CONFLICT (application_id) DO UPDATE SET submitted_at = EXCLUDED.submitted_at""",
                    submitted.applicationId(), at(submitted.submittedAt()));
        });
    }

    @KafkaListener(topics = Topics.APPLICATION_STATUS_CHANGED)
    void onApplicationStatusChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, ApplicationStatusChanged.class, (meta, changed) -> {
            if (changed.applicationId() == null) {
                throw new MalformedEventException("ApplicationStatusChanged without applicationId");
            }
            if (!ACCEPTED.equals(changed.status())) {
                return;
            }
            // The first acceptance counts; the status change may arrive before the submission (other partition key).
            jdbc.update("""
                    INSERT INTO report_application (application_id, accepted_at) VALUES (?, ?)
                    ON CONFLICT (application_id) DO UPDATE
                    SET accepted_at = COALESCE(report_application.accepted_at, EXCLUDED.accepted_at)""",
                    changed.applicationId(), at(changed.changedAt()));
        });
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant == null ? Instant.now() : instant);
    }
}
