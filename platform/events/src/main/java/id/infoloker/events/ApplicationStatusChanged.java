package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/** An employer moved an application: DIKIRIM, DILIHAT, DIPROSES, WAWANCARA, DITERIMA or DITOLAK. */
public record ApplicationStatusChanged(
        UUID applicationId,
        UUID vacancyId,
        UUID jobSeekerId,
        String vacancyTitle,
        String status,
        String previousStatus,
        Instant changedAt) {
}
