package id.infoloker.account.recovery;

import id.infoloker.events.Topics;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps codes from lying around: a code event's outbox row holds the code in clear until the relay has sent it, so
 * sent ones are deleted within a minute (the row's job is done); dead codes and old throttle counts go too.
 */
@Component
class RecoveryHousekeeping {

    private final JdbcTemplate jdbc;
    private final Throttle throttle;
    private final Clock clock;

    RecoveryHousekeeping(JdbcTemplate jdbc, Throttle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${infoloker.recovery.housekeeping-interval:60s}")
    void sweep() {
        Instant now = Instant.now(clock);
        deleteSentCodeEvents();
        jdbc.update("DELETE FROM one_time_code WHERE expires_at < ?", Timestamp.from(now));
        throttle.purgeOlderThan(now.minus(Duration.ofDays(1)));
    }

    int deleteSentCodeEvents() {
        return jdbc.update("DELETE FROM outbox_event WHERE topic = ? AND sent_at IS NOT NULL",
                Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED);
    }
}
