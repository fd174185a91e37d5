package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone used "Laporkan lowongan" on a published vacancy. It names no reporter (reports may be anonymous, and the
 * office's figures need only the count and the reason); the report's text stays in vacancy-service with the staff
 * who review it. {@code reasonCode} is one of vacancy-service's report reasons (ASKS_FOR_MONEY, BROKER, ...).
 */
public record VacancyReported(UUID reportId, UUID vacancyId, String reasonCode, Instant reportedAt) {
}
