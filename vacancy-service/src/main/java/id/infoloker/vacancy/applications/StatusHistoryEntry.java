package id.infoloker.vacancy.applications;

import java.time.Instant;

/** One step an application went through, with the reason code and note that came with it (if any). */
public record StatusHistoryEntry(String status, String reasonCode, String note, Instant changedAt) {
}
