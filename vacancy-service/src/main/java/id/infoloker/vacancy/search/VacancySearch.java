package id.infoloker.vacancy.search;

import id.infoloker.vacancy.reference.Kecamatan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over PUBLISHED vacancies: the generated {@code search} column (title weight A, company B,
 * description C, Indonesian configuration) with its GIN index, filters, and keyset pagination on the sort key + id.
 */
@Repository
class VacancySearch {

    private final JdbcTemplate jdbc;

    VacancySearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Relevance ranks the newest matches only, at most this many: ranking reads every matching row's tsvector, and a
     * broad word ("operator") matches a fifth of all vacancies. For a job portal the freshest matches are the ones
     * worth ranking; a narrower query ranks all its matches.
     */
    static final int RANKED_CANDIDATES = 1000;

    private static final String COLUMNS = "id, title, company_name, kecamatan_code, employment_type, minimum_education, "
            + "salary_min, salary_max, closing_date, published_at";

    /** One row more than asked, so the caller knows whether there is a next page. */
    List<Hit> search(SearchCriteria criteria, LocalDate today) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("status = 'PUBLISHED' AND closing_date >= ?");
        args.add(today);
        if (criteria.tsQuery() != null) {
            where.append(" AND search @@ to_tsquery('indonesian', ?)");
            args.add(criteria.tsQuery());
        }
        if (criteria.kecamatanCode() != null) {
            where.append(" AND kecamatan_code = ?");
            args.add(criteria.kecamatanCode());
        }
        if (criteria.educationRank() != null) {
            where.append(" AND education_rank <= ?");
            args.add(criteria.educationRank());
        }
        if (criteria.employmentType() != null) {
            where.append(" AND employment_type = ?");
            args.add(criteria.employmentType());
        }
        if (criteria.minimumSalary() != null) {
            // A vacancy qualifies when the top of its range reaches the wish; vacancies without a salary do not.
            where.append(" AND coalesce(salary_max, salary_min) >= ?");
            args.add(criteria.minimumSalary());
        }
        SearchCursor after = criteria.after();
        String sql;
        if (criteria.tsQuery() != null && criteria.order() == SearchOrder.RELEVANCE) {
            sql = "SELECT " + COLUMNS + ", rank FROM (SELECT " + COLUMNS + ", ts_rank(search, to_tsquery('indonesian', ?))"
                    + " AS rank FROM (SELECT " + COLUMNS + ", search FROM vacancy WHERE " + where
                    + " ORDER BY published_at DESC, id DESC LIMIT " + RANKED_CANDIDATES + ") candidate) hit"
                    + (after == null ? "" : " WHERE (rank, id) < (?::real, ?)")
                    + " ORDER BY rank DESC, id DESC LIMIT ?";
            args.add(0, criteria.tsQuery());
            if (after != null) {
                args.add(after.rank());
                args.add(after.id());
            }
        } else {
            if (after != null) {
                where.append(" AND (published_at, id) < (?, ?)");
                args.add(Timestamp.from(after.publishedAt()));
                args.add(after.id());
            }
            sql = "SELECT " + COLUMNS + ", 0::real AS rank FROM vacancy WHERE " + where
                    + " ORDER BY published_at DESC, id DESC LIMIT ?";
        }
        args.add(criteria.size() + 1);
        return jdbc.query(sql, VacancySearch::map, args.toArray());
    }

    private static Hit map(ResultSet rs, int row) throws SQLException {
        String kecamatan = rs.getString("kecamatan_code");
        VacancySummary summary = new VacancySummary(rs.getObject("id", UUID.class), rs.getString("title"),
                rs.getString("company_name"), kecamatan, Kecamatan.nameOf(kecamatan), rs.getString("employment_type"),
                rs.getString("minimum_education"), rs.getObject("salary_min", Long.class),
                rs.getObject("salary_max", Long.class), rs.getObject("closing_date", LocalDate.class),
                rs.getTimestamp("published_at").toInstant());
        return new Hit(summary, rs.getFloat("rank"));
    }

    record Hit(VacancySummary summary, float rank) {
    }
}
