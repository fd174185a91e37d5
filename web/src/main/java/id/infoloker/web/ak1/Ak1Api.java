package id.infoloker.web.ak1;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** account-service's AK/1 endpoints: the holder's card, its PDF, the re-report, and the public check. */
@Component
public class Ak1Api {

    private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

    private final Backends backends;

    Ak1Api(Backends backends) {
        this.backends = backends;
    }

    /** Empty when the person has no valid card. */
    public Optional<Card> card() {
        return notFoundAsEmpty(() -> backends.account().get().uri("/api/accounts/me/ak1").retrieve()
                .body(Card.class));
    }

    Card request() {
        return backends.account().post().uri("/api/accounts/me/ak1").retrieve().body(Card.class);
    }

    Card reReport() {
        return backends.account().post().uri("/api/accounts/me/ak1/reports").retrieve().body(Card.class);
    }

    byte[] pdf() {
        return backends.account().get().uri("/api/accounts/me/ak1/card.pdf").retrieve().body(byte[].class);
    }

    Optional<PublicCheck> check(String code) {
        return notFoundAsEmpty(() -> backends.account().get().uri("/api/ak1/{code}", code).retrieve()
                .body(PublicCheck.class));
    }

    private static <T> Optional<T> notFoundAsEmpty(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (BackendProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** @param openPeriod the re-report period the holder may report for now, if any */
    public record Card(String number, LocalDate issuedOn, LocalDate validUntil, String status,
                       List<ReportDate> reportDates, Integer openPeriod) {

        public boolean valid() {
            return "VALID".equals(status);
        }

        /** The first re-report not yet made whose date is not long past; null when none is left. */
        public ReportDate nextDue() {
            LocalDate monthAgo = LocalDate.now(WIB).minusDays(30);
            return reportDates == null ? null : reportDates.stream()
                    .filter(date -> date.reportedAt() == null && !date.dueOn().isBefore(monthAgo))
                    .findFirst().orElse(null);
        }
    }

    public record ReportDate(int period, LocalDate dueOn, Instant reportedAt) {
    }

    record PublicCheck(boolean valid, String initials, LocalDate validUntil) {
    }
}
