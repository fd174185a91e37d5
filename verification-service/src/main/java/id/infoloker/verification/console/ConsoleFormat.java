package id.infoloker.verification.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Times as the office reads them (WIB), exposed to the templates as {@code fmt}. */
public final class ConsoleFormat {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(OFFICE);

    private final Clock clock;
    private final MessageSource messages;
    private final Locale locale;

    ConsoleFormat(Clock clock, MessageSource messages, Locale locale) {
        this.clock = clock;
        this.messages = messages;
        this.locale = locale;
    }

    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant) + " WIB";
    }

    /** "3 jam 5 menit" / "3 h 5 min" since {@code instant}. */
    public String age(Instant instant) {
        if (instant == null) {
            return "–";
        }
        Duration age = Duration.between(instant, clock.instant());
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        return messages.getMessage("console.age", new Object[] {age.toHours(), age.toMinutesPart()}, locale);
    }
}
