package id.infoloker.account.ak1;

import id.infoloker.kit.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the reminders every hour (a reminder is due on a day, so an hour's delay is nobody's loss). */
@Component
class Ak1ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(Ak1ReminderJob.class);

    private final Ak1Reminders reminders;

    Ak1ReminderJob(Ak1Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${infoloker.ak1.reminder-interval:1h}", initialDelayString = "1m")
    void run() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            log.warn("AK/1 reminders paused: database unavailable");
        }
    }
}
