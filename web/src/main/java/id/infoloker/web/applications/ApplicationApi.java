package id.infoloker.web.applications;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * vacancy-service's applications for the signed-in job seeker: {@code POST /api/vacancies/{id}/applications} (no
 * body: the applicant is the token's subject), {@code GET /api/applications/mine}, one application with its history
 * and interview, withdrawing it, and the interview's calendar file.
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

    /**
     * Someone else's application, or a made-up id: vacancy-service answers 404 either way. A vacancy-service from
     * before the application detail (rolling upgrade) answers 404 too: then the person's own list still has it,
     * without the interview's details.
     */
    Optional<ApplicationDetail> detail(UUID applicationId) {
        try {
            return Optional.ofNullable(backends.vacancy().get().uri("/api/applications/{id}", applicationId)
                    .retrieve().body(ApplicationDetail.class));
        } catch (BackendProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.value()) {
                return mine().stream().filter(application -> applicationId.equals(application.applicationId()))
                        .findFirst().map(ApplicationDetail::of);
            }
            throw refused;
        }
    }

    void withdraw(UUID applicationId) {
        backends.vacancy().post().uri("/api/applications/{id}/withdraw", applicationId).retrieve()
                .toBodilessEntity();
    }

    /** The interview as an RFC 5545 calendar file, made by vacancy-service; web passes it on untouched. */
    ResponseEntity<byte[]> interviewCalendar(UUID applicationId) {
        return backends.vacancy().get().uri("/api/applications/{id}/interview.ics", applicationId).retrieve()
                .toEntity(byte[].class);
    }

    record Submitted(UUID applicationId, String status) {
    }

    /**
     * @param status     DIKIRIM, DILIHAT, DIPROSES, WAWANCARA, DITERIMA, DITOLAK, DITUTUP or DITARIK
     * @param reasonCode why it ended (the employer's rejection reason; CLOSED_BY_EMPLOYER, TAKEN_DOWN or REJECTED for
     *                   DITUTUP); null while open, and from a vacancy-service that does not send it yet
     */
    public record MyApplication(UUID applicationId, UUID vacancyId, String vacancyTitle, String companyName,
                         String vacancyStatus, String status, String reasonCode, Instant submittedAt,
                         Instant updatedAt) {

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
            return ApplicationDetail.Tones.of(status);
        }
    }
}
