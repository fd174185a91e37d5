package id.infoloker.kit.retention;

import java.time.Instant;

/**
 * One time-based retention rule of docs/privacy.md: deletes (or anonymises) what has been kept long enough. Declare
 * one as a bean; {@link RetentionJob} applies them all on its schedule.
 */
public interface RetentionRule {

    /** Names the kind of data, for the log line and metrics (e.g. {@code delivered-notifications}). */
    String name();

    /** Applies the rule as of {@code now}; returns how many rows it removed or anonymised. */
    int apply(Instant now);
}
