package id.infoloker.vacancy.search;

import id.infoloker.kit.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Where the previous page ended: the sort key of its last row and its id. Opaque to clients (base64url); a cursor
 * from another ordering or a tampered one is a 400 on the field {@code cursor}.
 */
record SearchCursor(SearchOrder order, Instant publishedAt, Float rank, UUID id) {

    String encode() {
        String key = order == SearchOrder.NEWEST
                ? String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt))
                : Float.toString(rank);
        String plain = order.name() + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Publication times come from the clock; a key past this cannot be one of ours. */
    private static final Instant LATEST_KEY = Instant.parse("9999-12-31T23:59:59Z");

    static SearchCursor decode(String cursor, SearchOrder expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            SearchOrder order = SearchOrder.valueOf(parts[0]);
            if (parts.length != 3 || order != expected) {
                throw invalid();
            }
            UUID id = UUID.fromString(parts[2]);
            if (order == SearchOrder.NEWEST) {
                Instant key = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
                // Well-formed but out of PostgreSQL's range (or of any real publication time): refused, not a 500.
                if (key.isBefore(Instant.EPOCH) || key.isAfter(LATEST_KEY)) {
                    throw invalid();
                }
                return new SearchCursor(order, key, null, id);
            }
            float rank = Float.parseFloat(parts[1]);
            if (!Float.isFinite(rank)) {
                throw invalid();
            }
            return new SearchCursor(order, null, rank, id);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException
                 | ArithmeticException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cursor").onField("cursor");
    }
}
