package id.infoloker.account.ak1;

import id.infoloker.events.Ak1ReportDue;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds holders a week before a re-report is due, once per card and period: the reminder row's primary key decides,
 * so two instances running the job (or a run repeated after a crash) send one reminder. Only the latest open period is
 * reminded; a card whose earlier period passed unreported is not sent a backlog of reminders.
 */
@Service
class Ak1Reminders {

    private static final Logger log = LoggerFactory.getLogger(Ak1Reminders.class);
    static final int DAYS_BEFORE = 7;
    private static final int BATCH = 500;

    private record Due(UUID cardId, UUID accountId, int period, LocalDate dueOn) {
    }

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Clock clock;

    Ak1Reminders(JdbcTemplate jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many reminders this run sent */
    @Transactional
    public int sendDue() {
        Instant now = Instant.now(clock);
        LocalDate remindFrom = LocalDate.ofInstant(now, Ak1Cards.OFFICE_ZONE).plusDays(DAYS_BEFORE);
        List<Due> due = jdbc.query("""
                SELECT c.id, c.account_id, p.period,
                       (c.issued_on + make_interval(months => 6 * p.period))::date AS due_on
                FROM ak1_card c CROSS JOIN generate_series(1, ?) AS p(period)
                WHERE c.status = 'ACTIVE'
                  AND (c.issued_on + make_interval(months => 6 * p.period))::date <= ?
                  AND (p.period = ? OR (c.issued_on + make_interval(months => 6 * (p.period + 1)))::date > ?)
                  AND NOT EXISTS (SELECT 1 FROM ak1_report r WHERE r.card_id = c.id AND r.period = p.period)
                  AND NOT EXISTS (SELECT 1 FROM ak1_reminder m WHERE m.card_id = c.id AND m.period = p.period)
                ORDER BY due_on
                LIMIT ?""",
                (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getDate(4).toLocalDate()),
                Ak1Card.REPORT_PERIODS, Date.valueOf(remindFrom), Ak1Card.REPORT_PERIODS, Date.valueOf(remindFrom),
                BATCH);
        int sent = 0;
        for (Due reminder : due) {
            int claimed = jdbc.update("INSERT INTO ak1_reminder (card_id, period, sent_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", reminder.cardId(), reminder.period(), Timestamp.from(now));
            if (claimed == 1) {
                outbox.publish(Topics.AK1_REPORT_DUE, reminder.accountId(), new Ak1ReportDue(reminder.accountId(),
                        reminder.period(), reminder.dueOn(), now));
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} AK/1 re-report reminder(s)", sent);
        }
        return sent;
    }
}
