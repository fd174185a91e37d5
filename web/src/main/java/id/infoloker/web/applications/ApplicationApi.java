package id.infoloker.web.applications;

import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * vacancy-service's applications for the signed-in job seeker: {@code POST /api/vacancies/{id}/applications} (no
 * body: the applicant is the token's subject) and {@code GET /api/applications/mine}.
 */
@Component
class ApplicationApi {

    /** Karawang's time zone, for the dates people read. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Backends backends;

    ApplicationApi(Backends backends) {
        this.backends = backends;
    }

    Submitted apply(UUID vacancyId) {
        return backends.vacancy().post().uri("/api/vacancies/{vacancyId}/applications", vacancyId).retrieve()
                .body(Submitted.class);
    }

    List<MyApplication> mine() {
        List<MyApplication> mine = backends.vacancy().get().uri("/api/applications/mine").retrieve()
                .body(new ParameterizedTypeReference<List<MyApplication>>() { });
        return mine == null ? List.of() : mine;
    }

    /** The service answers only the caller's own applications, so one not among them is not theirs. */
    Optional<MyApplication> mine(UUID applicationId) {
        return mine().stream().filter(application -> applicationId.equals(application.applicationId())).findFirst();
    }

    record Submitted(UUID applicationId, String status) {
    }

    /** @param status DIKIRIM, DILIHAT, DIPROSES, WAWANCARA, DITERIMA or DITOLAK */
    public record MyApplication(UUID applicationId, UUID vacancyId, String vacancyTitle, String companyName,
                         String vacancyStatus, String status, Instant submittedAt, Instant updatedAt) {

        public LocalDate submittedOn() {
            return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, WIB);
        }

        public LocalDate updatedOn() {
            return updatedAt == null ? null : LocalDate.ofInstant(updatedAt, WIB);
        }

        /** Updated after it was sent: worth a second date on the page. */
        public boolean changedSinceSubmitted() {
            return updatedAt != null && submittedAt != null && updatedAt.isAfter(submittedAt);
        }

        public boolean vacancyOpen() {
            return "PUBLISHED".equals(vacancyStatus);
        }

        /** The badge's colour: good news green, the end red, the rest neutral. */
        public String tone() {
            return switch (status == null ? "" : status) {
                case "DITERIMA" -> "ok";
                case "DITOLAK" -> "bad";
                case "WAWANCARA" -> "warn";
                default -> "";
            };
        }
    }
}
