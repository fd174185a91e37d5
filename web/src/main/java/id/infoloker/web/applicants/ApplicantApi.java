package id.infoloker.web.applicants;

import id.infoloker.web.applications.ApplicationDetail;
import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.backend.Backends;
import id.infoloker.web.reference.ListedReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What a company may see and do with an application to its vacancy: vacancy-service's application
 * ({@code GET /api/applications/{id}}) and its moves ({@code /status}, {@code /interview}, {@code /reject}), and
 * account-service's audited reads of the applicant ({@code GET /api/accounts/applicants/{id}} and its {@code /cv}).
 * Both services answer 404 to anyone but the vacancy's employer, guessed ids included, and account-service also once
 * the application is decided; every read of the profile or the CV is recorded there.
 */
@Component
class ApplicantApi {

    private final Backends backends;

    ApplicantApi(Backends backends) {
        this.backends = backends;
    }

    Optional<ApplicationDetail> application(UUID applicationId) {
        return unlessNotFound(() -> backends.vacancy().get().uri("/api/applications/{id}", applicationId)
                .retrieve().body(ApplicationDetail.class));
    }

    /** Empty when account-service does not show it (no longer open): the page then shows the application only. */
    Optional<ApplicantProfile> profile(UUID applicationId) {
        return unlessNotFound(() -> backends.account().get().uri("/api/accounts/applicants/{id}", applicationId)
                .retrieve().body(ApplicantProfile.class));
    }

    /**
     * Streams the CV from account-service without holding it in memory: {@code open} gets account-service's headers
     * and returns where to write, once the CV is known to be there (a refusal has written nothing, so its page can
     * still be shown). A refusal is a {@link BackendProblem}, an outage a {@link BackendUnavailable}, as for every
     * other call.
     */
    void copyCv(UUID applicationId, Function<HttpHeaders, OutputStream> open) {
        backends.accountUploads().get().uri("/api/accounts/applicants/{id}/cv", applicationId)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw response.getStatusCode().is5xxServerError()
                                ? new BackendUnavailable("account-service", 5, null)
                                : new BackendProblem(response.getStatusCode().value(), "document-not-found", null,
                                        null, List.of());
                    }
                    OutputStream out = open.apply(response.getHeaders());
                    try (InputStream in = response.getBody()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
    }

    List<ListedReason> rejectionReasons() {
        List<ListedReason> reasons = backends.vacancy().get().uri("/api/applications/rejection-reasons")
                .retrieve().body(new ParameterizedTypeReference<List<ListedReason>>() { });
        return reasons == null ? List.of() : reasons;
    }

    void move(UUID applicationId, String status) {
        backends.vacancy().post().uri("/api/applications/{id}/status", applicationId)
                .contentType(MediaType.APPLICATION_JSON).body(new Move(status)).retrieve().toBodilessEntity();
    }

    void invite(UUID applicationId, InterviewForm.Request invitation) {
        backends.vacancy().post().uri("/api/applications/{id}/interview", applicationId)
                .contentType(MediaType.APPLICATION_JSON).body(invitation).retrieve().toBodilessEntity();
    }

    void reject(UUID applicationId, Rejection rejection) {
        backends.vacancy().post().uri("/api/applications/{id}/reject", applicationId)
                .contentType(MediaType.APPLICATION_JSON).body(rejection).retrieve().toBodilessEntity();
    }

    private static <T> Optional<T> unlessNotFound(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (BackendProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    record Move(String status) {
    }

    record Rejection(String reasonCode, String note) {
    }


    /**
     * account-service's applicant view: what the company needs to decide and to reach the person — never the NIK,
     * birth date or address. The disability is there only when the person agreed to share it.
     */
    public record ApplicantProfile(UUID applicationId, String fullName, String email, String phone,
                                   String kecamatanCode, String kecamatanName, String education,
                                   CareerProfile careerProfile, Cv cv) {

        @Override
        public String toString() {
            return "ApplicantProfile[" + applicationId + "]";
        }
    }

    public record CareerProfile(List<String> skills, List<Experience> experiences, String major, String desiredJob,
                                String disability) {

        public List<String> skillList() {
            return skills == null ? List.of() : skills;
        }

        public List<Experience> experienceList() {
            return experiences == null ? List.of() : experiences;
        }
    }

    /** @param from "2021-03"; {@code to} null while it goes on */
    public record Experience(String employer, String role, String from, String to) {
    }

    public record Cv(UUID id, String format, long sizeBytes, Instant uploadedAt) {
    }
}
