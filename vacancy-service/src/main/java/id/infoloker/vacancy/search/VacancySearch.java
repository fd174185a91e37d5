package id.infoloker.vacancy.search;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class VacancySearch {

    private final JdbcTemplate jdbc;

    VacancySearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<VacancySummary> newestPublished(int limit) {
        return jdbc.query("""
                SELECT id, title, company_name, kecamatan_code, employment_type, closing_date, published_at
                FROM vacancy
                WHERE status = 'PUBLISHED'
                ORDER BY published_at DESC
                LIMIT ?
                """,
                (rs, row) -> new VacancySummary(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("company_name"), rs.getString("kecamatan_code"),
                        rs.getString("employment_type"), rs.getObject("closing_date", java.time.LocalDate.class),
                        rs.getTimestamp("published_at").toInstant()),
                limit);
    }
}
