package id.infoloker.kit.inbox;

import java.time.Instant;
import java.util.UUID;

/** What a consumer may need besides the payload: the event id (e.g. as part of its own unique keys) and its time. */
public record EventMetadata(UUID eventId, Instant occurredAt, String topic) {
}
