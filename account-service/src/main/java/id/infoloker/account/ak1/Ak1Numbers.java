package id.infoloker.account.ak1;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Card numbers: {@code <prefix>-<year>-<000001>}, counted per year. The counter row is incremented by one atomic
 * upsert, so concurrent issues (several instances, many verifiers deciding at once) never share a number.
 */
@Component
class Ak1Numbers {

    private final JdbcTemplate jdbc;
    private final Ak1Properties properties;

    Ak1Numbers(JdbcTemplate jdbc, Ak1Properties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String next(int year) {
        Integer number = jdbc.queryForObject("""
                INSERT INTO ak1_number_counter (year, last_number) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = ak1_number_counter.last_number + 1
                RETURNING last_number""", Integer.class, year);
        return String.format("%s-%d-%06d", properties.numberPrefix(), year, number);
    }
}
