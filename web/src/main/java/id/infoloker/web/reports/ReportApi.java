package id.infoloker.web.reports;

import id.infoloker.web.backend.Backends;
import id.infoloker.web.reference.ListedReason;
import java.util.List;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * vacancy-service's "Laporkan lowongan": the reasons ({@code GET /api/vacancies/report-reasons}) and a report
 * ({@code POST /api/vacancies/{id}/reports}, signed in or not). vacancy-service limits reports per reporter; an
 * anonymous reporter is known to it only by the client address, so web passes the person's
 * {@code X-Forwarded-For} on (else every anonymous report would share web's own address, and one limit).
 */
@Component
class ReportApi {

    private final Backends backends;

    ReportApi(Backends backends) {
        this.backends = backends;
    }

    List<ListedReason> reasons() {
        List<ListedReason> reasons = backends.vacancy().get().uri("/api/vacancies/report-reasons").retrieve()
                .body(new ParameterizedTypeReference<List<ListedReason>>() { });
        return reasons == null ? List.of() : reasons;
    }

    void report(UUID vacancyId, Report report, String forwardedFor) {
        backends.vacancy().post().uri("/api/vacancies/{id}/reports", vacancyId)
                .headers(headers -> {
                    if (forwardedFor != null) {
                        headers.set("X-Forwarded-For", forwardedFor);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(report).retrieve().toBodilessEntity();
    }

    record Report(String reasonCode, String text) {

        @Override
        public String toString() {
            return "Report[" + reasonCode + "]";
        }
    }

}
