package id.infoloker.verification.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * vacancy-service's moderation API (issue 14), called with the staff member's own token forwarded as is, so that
 * vacancy-service authorises every decision and writes its audit itself; nothing is stored here. A refusal comes back
 * as {@link Refused} with vacancy-service's problem text in the staff member's language.
 */
@Component
public class VacancyModeration {

    private final RestClient http;

    VacancyModeration(@Value("${infoloker.services.vacancy:http://localhost:8082}") String vacancyServiceUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().baseUrl(vacancyServiceUrl).requestFactory(requests).build();
    }

    List<ReportedVacancy> queue(String authorization, Locale locale) {
        ReportedVacancy[] queue = get("/api/moderation/reports", authorization, locale, ReportedVacancy[].class);
        return queue == null ? List.of() : List.of(queue);
    }

    EmployerHistory employer(UUID employerId, String authorization, Locale locale) {
        return get("/api/moderation/employers/" + employerId, authorization, locale, EmployerHistory.class);
    }

    List<Reason> reasons(String authorization, Locale locale) {
        Reason[] reasons = get("/api/vacancies/report-reasons", authorization, locale, Reason[].class);
        return reasons == null ? List.of() : List.of(reasons);
    }

    /**
     * The report reasons' labels in the viewer's language, by code, as vacancy-service (their owner) words them; empty
     * when vacancy-service does not answer, so a page that only names them shows the codes instead of failing.
     */
    public Map<String, String> reasonLabels(String authorization, Locale locale) {
        try {
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            reasons(authorization, locale).forEach(reason -> labels.put(reason.code(), reason.label(locale)));
            return labels;
        } catch (Refused notNow) {
            return Map.of();
        }
    }

    void takeDown(UUID vacancyId, String reasonCode, String note, String authorization, Locale locale) {
        post("/api/moderation/vacancies/" + vacancyId + "/take-down", Map.of("reasonCode", reasonCode, "note", note),
                authorization, locale);
    }

    void note(UUID vacancyId, String note, String authorization, Locale locale) {
        post("/api/moderation/vacancies/" + vacancyId + "/notes", Map.of("note", note), authorization, locale);
    }

    void dismissReports(UUID vacancyId, String note, String authorization, Locale locale) {
        post("/api/moderation/vacancies/" + vacancyId + "/dismiss-reports", Map.of("note", note), authorization,
                locale);
    }

    void suspend(UUID employerId, String reasonCode, String note, String authorization, Locale locale) {
        post("/api/moderation/employers/" + employerId + "/suspend", Map.of("reasonCode", reasonCode, "note", note),
                authorization, locale);
    }

    void lift(UUID employerId, String note, String authorization, Locale locale) {
        post("/api/moderation/employers/" + employerId + "/lift-suspension", Map.of("note", note), authorization,
                locale);
    }

    private <T> T get(String path, String authorization, Locale locale, Class<T> type) {
        try {
            return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag())
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(type);
        } catch (RestClientException e) {
            throw Refused.of(e);
        }
    }

    private void post(String path, Map<String, String> body, String authorization, Locale locale) {
        try {
            http.post().uri(path).header(HttpHeaders.AUTHORIZATION, authorization)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag())
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw Refused.of(e);
        }
    }

    /** vacancy-service said no (or could not answer): its status and the problem's text, if it sent one. */
    static final class Refused extends RuntimeException {

        private final int status;
        private final String detail;

        private Refused(int status, String detail) {
            super("vacancy-service answered " + status);
            this.status = status;
            this.detail = detail;
        }

        /** An answer with its status and problem; no answer at all (refused, timed out) counts as 503. */
        static Refused of(RestClientException failure) {
            if (!(failure instanceof RestClientResponseException e)) {
                return new Refused(503, null);
            }
            ProblemDetail problem = null;
            try {
                problem = e.getResponseBodyAs(ProblemDetail.class);
            } catch (RuntimeException unreadable) {
                // Not a problem document: the status alone is shown.
            }
            String detail = problem == null ? null
                    : problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
            return new Refused(e.getStatusCode().value(), detail);
        }

        int status() {
            return status;
        }

        String detail() {
            return detail;
        }
    }

    public record ReportedVacancy(Vacancy vacancy, List<Evidence> screeningEvidenceNow, List<Report> reports,
                           EmployerHistory employer) {
    }

    public record Vacancy(UUID id, String companyName, String title, String description, String requirements,
                   String status, String closeReason, List<Evidence> screeningEvidence, Instant publishedAt) {
    }

    public record Evidence(String rule, String matchedText, String phrase) {
    }

    public record Report(UUID id, String reasonCode, String text, boolean reporterSignedIn, Instant createdAt) {
    }

    public record EmployerHistory(UUID employerId, String companyName, String accountStatus, Suspension suspension,
                           Map<String, Long> vacanciesByStatus, long takenDown, long reportsReceived,
                           List<VacancySummary> vacancies, List<Decision> decisions) {
    }

    public record Suspension(String reasonCode, String note, UUID suspendedBy, Instant suspendedAt) {
    }

    public record VacancySummary(UUID id, String title, String status, String closeReason, Instant createdAt) {
    }

    public record Decision(Instant at, UUID actorId, String action, UUID vacancyId, UUID employerId, String reasonCode,
                    String note) {
    }

    public record Reason(String code, String labelId, String labelEn) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelId;
        }
    }
}
