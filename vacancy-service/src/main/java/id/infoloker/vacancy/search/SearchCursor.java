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

    static SearchCursor decode(String cursor, SearchOrder expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            SearchOrder order = SearchOrder.valueOf(parts[0]);
            if (parts.length != 3 || order != expected) {
                throw invalid();
            }
            UUID id = UUID.fromString(parts[2]);
            return order == SearchOrder.NEWEST
                    ? new SearchCursor(order, Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), null, id)
                    : new SearchCursor(order, null, Float.parseFloat(parts[1]), id);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cursor").onField("cursor");
    }
}
