package id.infoloker.notification.alerts;

import id.infoloker.events.VacancyPublished;
import id.infoloker.notification.preferences.ChannelChoice;
import id.infoloker.notification.preferences.EducationLevels;
import id.infoloker.notification.templates.NotificationTemplates;
import id.infoloker.notification.templates.PortalLinks;
import id.infoloker.notification.templates.RenderedText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Announces a published vacancy to every job seeker whose saved alert it matches. A popular vacancy may match tens of
 * thousands of people, so this is one SQL statement, not a loop: the texts are rendered once per language, and
 * data-modifying CTEs write the in-app rows and the queued email/SMS deliveries straight from {@code job_alert}
 * (joined to the contact projection for language and addresses, and to the channel preferences). Exactly once by
 * the same (event id, channel, recipient) keys as every other notification.
 */
@Service
public class VacancyAlertFanOut {

    static final String KIND = "VACANCY_MATCH";
    private static final Logger log = LoggerFactory.getLogger(VacancyAlertFanOut.class);

    private static final String FAN_OUT = """
            WITH matched AS (
                SELECT DISTINCT a.account_id,
                       CASE WHEN lower(btrim(c.preferred_language)) LIKE 'en%' THEN 'en' ELSE 'id' END AS lang,
                       c.email, c.phone,
                       COALESCE(p.email_enabled, ?) AS email_on, COALESCE(p.sms_enabled, ?) AS sms_on
                FROM job_alert a
                LEFT JOIN contact c ON c.account_id = a.account_id
                LEFT JOIN notification_preference p ON p.account_id = a.account_id
                WHERE (a.kecamatan_code IS NULL OR a.kecamatan_code = ?)
                  AND (a.education_rank IS NULL OR ?::smallint IS NULL OR a.education_rank >= ?::smallint)
                  AND (a.employment_type IS NULL OR a.employment_type = ?)
            ), texts AS (
                SELECT * FROM (VALUES ('id', ?, ?), ('en', ?, ?)) AS t (lang, title, body)
            ), in_app AS (
                INSERT INTO notification (id, event_id, channel, recipient, account_id, kind, language, title, body,
                                          link, created_at)
                SELECT gen_random_uuid(), ?, 'IN_APP', m.account_id::text, m.account_id, ?, m.lang, t.title, t.body,
                       ?, ?
                FROM matched m JOIN texts t ON t.lang = m.lang
                ON CONFLICT (event_id, channel, recipient) DO NOTHING
                RETURNING 1
            ), email AS (
                INSERT INTO delivery (id, event_id, channel, recipient, account_id, kind, language, subject, body,
                                      status, next_attempt_at, created_at)
                SELECT gen_random_uuid(), ?, 'EMAIL', m.email, m.account_id, ?, m.lang, t.title, t.body,
                       'PENDING', ?, ?
                FROM matched m JOIN texts t ON t.lang = m.lang
                WHERE m.email_on AND m.email IS NOT NULL AND m.email <> ''
                ON CONFLICT (event_id, channel, recipient) DO NOTHING
                RETURNING 1
            ), sms AS (
                INSERT INTO delivery (id, event_id, channel, recipient, account_id, kind, language, subject, body,
                                      status, next_attempt_at, created_at)
                SELECT gen_random_uuid(), ?, 'SMS', m.phone, m.account_id, ?, m.lang, t.title, t.body,
                       'PENDING', ?, ?
                FROM matched m JOIN texts t ON t.lang = m.lang
                WHERE m.sms_on AND m.phone IS NOT NULL AND m.phone <> ''
                ON CONFLICT (event_id, channel, recipient) DO NOTHING
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM in_app), (SELECT count(*) FROM email), (SELECT count(*) FROM sms)
            """;

    private final JdbcTemplate jdbc;
    private final NotificationTemplates templates;
    private final Clock clock;

    VacancyAlertFanOut(JdbcTemplate jdbc, NotificationTemplates templates, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.clock = clock;
    }

    /** @return how many in-app notifications, emails and SMS were written (0 each for a redelivered event) */
    public FanOutResult announce(UUID eventId, VacancyPublished vacancy) {
        RenderedText indonesian = render(vacancy, Locale.forLanguageTag("id"));
        RenderedText english = render(vacancy, Locale.ENGLISH);
        Integer educationRank = EducationLevels.rankOf(vacancy.minimumEducation());
        String employmentType = vacancy.employmentType() == null ? null
                : vacancy.employmentType().strip().toUpperCase(Locale.ROOT);
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp createdAt = Timestamp.from(vacancy.publishedAt() == null ? clock.instant() : vacancy.publishedAt());
        FanOutResult result = jdbc.queryForObject(FAN_OUT,
                (rs, row) -> new FanOutResult(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                ChannelChoice.DEFAULT.email(), ChannelChoice.DEFAULT.sms(),
                vacancy.kecamatanCode(), educationRank, educationRank, employmentType,
                indonesian.title(), indonesian.body(), english.title(), english.body(),
                eventId, KIND, PortalLinks.vacancy(vacancy.vacancyId()), createdAt,
                eventId, KIND, now, now,
                eventId, KIND, now, now);
        log.info("Vacancy {} announced: {} in-app, {} email, {} SMS", vacancy.vacancyId(), result.inApp(),
                result.emails(), result.sms());
        return result;
    }

    private RenderedText render(VacancyPublished vacancy, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", vacancy.title());
        variables.put("company", vacancy.companyName());
        variables.put("vacancyId", vacancy.vacancyId());
        variables.put("closingDate", vacancy.closingDate());
        return templates.render(KIND, locale, variables);
    }

    public record FanOutResult(long inApp, long emails, long sms) {
    }
}
