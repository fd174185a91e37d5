package id.infoloker.web.ownvacancies;

import id.infoloker.web.backend.Backends;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * vacancy-service's vacancies of the signed-in employer: {@code GET /api/vacancies/own} (every status, with the
 * applications' counts), {@code POST /api/vacancies} (a draft), {@code PUT /api/vacancies/{id}} (a published one is
 * screened again), {@code /publish}, {@code /extend}, {@code /close}, and the applicants of one. vacancy-service
 * answers another employer's vacancy 404, so this client never has to check ownership itself.
 */
@Component
class OwnVacancyApi {

    private final Backends backends;

    OwnVacancyApi(Backends backends) {
        this.backends = backends;
    }

    List<OwnVacancy> own() {
        List<OwnVacancy> own = backends.vacancy().get().uri("/api/vacancies/own").retrieve()
                .body(new ParameterizedTypeReference<List<OwnVacancy>>() { });
        return own == null ? List.of() : own;
    }

    /** The service lists only the caller's own vacancies, so one not among them is not theirs. */
    Optional<OwnVacancy> own(UUID id) {
        return own().stream().filter(vacancy -> id.equals(vacancy.id())).findFirst();
    }

    OwnVacancy create(VacancyForm.Request request) {
        return backends.vacancy().post().uri("/api/vacancies").contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(OwnVacancy.class);
    }

    OwnVacancy update(UUID id, VacancyForm.Request request) {
        return backends.vacancy().put().uri("/api/vacancies/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(OwnVacancy.class);
    }

    OwnVacancy publish(UUID id) {
        return backends.vacancy().post().uri("/api/vacancies/{id}/publish", id).retrieve().body(OwnVacancy.class);
    }

    OwnVacancy extend(UUID id, String validThrough) {
        return backends.vacancy().post().uri("/api/vacancies/{id}/extend", id)
                .contentType(MediaType.APPLICATION_JSON).body(new Extension(validThrough)).retrieve()
                .body(OwnVacancy.class);
    }

    OwnVacancy close(UUID id) {
        return backends.vacancy().post().uri("/api/vacancies/{id}/close", id).retrieve().body(OwnVacancy.class);
    }

    List<Applicant> applicants(UUID vacancyId) {
        List<Applicant> applicants = backends.vacancy().get()
                .uri("/api/vacancies/{vacancyId}/applications", vacancyId).retrieve()
                .body(new ParameterizedTypeReference<List<Applicant>>() { });
        return applicants == null ? List.of() : applicants;
    }

    /** @param validThrough as typed in the date input (yyyy-MM-dd); vacancy-service checks it */
    record Extension(String validThrough) {
    }

    /** vacancy-service's {@code ApplicantView}: the name is null once the person's account was erased. */
    public record Applicant(UUID applicationId, String displayName, String kecamatanCode, String status,
                            java.time.Instant submittedAt) {

        public LocalDate submittedOn() {
            return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, OwnVacancy.WIB);
        }
    }
}
