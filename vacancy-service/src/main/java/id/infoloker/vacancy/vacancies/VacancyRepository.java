package id.infoloker.vacancy.vacancies;

import id.infoloker.vacancy.reference.EducationLevel;
import id.infoloker.vacancy.screening.ScreeningDecision;
import id.infoloker.vacancy.screening.ScreeningEvidence;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class VacancyRepository {

    private static final String COLUMNS = """
            id, employer_id, company_name, title, description, requirements, minimum_education, kecamatan_code,
            employment_type, salary_min, salary_max, openings, closing_date, status, screening_matches,
            screening_rules, screening_evidence, close_reason,
            created_at, published_at, closed_at
            """;

    private static final RowMapper<Vacancy> ROWS = VacancyRepository::map;

    private final JdbcTemplate jdbc;

    VacancyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertDraft(UUID id, UUID employerId, VacancyRequest request, Instant now) {
        jdbc.update("""
                INSERT INTO vacancy (id, employer_id, title, description, requirements, minimum_education,
                    education_rank, kecamatan_code, employment_type, salary_min, salary_max, openings, closing_date,
                    status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?)
                """,
                id, employerId, request.title().strip(), request.description().strip(), request.requirements().strip(),
                request.minimumEducation(), EducationLevel.of(request.minimumEducation()).orElseThrow().rank(),
                request.kecamatanCode(), request.employmentType(), request.salaryMin(), request.salaryMax(),
                request.openings(), request.closingDate(), Timestamp.from(now));
    }

    void update(UUID id, VacancyRequest request) {
        jdbc.update("""
                UPDATE vacancy SET title = ?, description = ?, requirements = ?, minimum_education = ?,
                    education_rank = ?, kecamatan_code = ?, employment_type = ?, salary_min = ?, salary_max = ?,
                    openings = ?, closing_date = ?
                WHERE id = ? AND status IN ('DRAFT', 'PUBLISHED')
                """,
                request.title().strip(), request.description().strip(), request.requirements().strip(),
                request.minimumEducation(), EducationLevel.of(request.minimumEducation()).orElseThrow().rank(),
                request.kecamatanCode(), request.employmentType(), request.salaryMin(), request.salaryMax(),
                request.openings(), request.closingDate(), id);
    }

    /** Locks the row: status changes of one vacancy (publish, review, close) happen one after the other. */
    Optional<Vacancy> findForUpdate(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM vacancy WHERE id = ? FOR UPDATE", ROWS, id).stream()
                .findFirst();
    }

    public Optional<Vacancy> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM vacancy WHERE id = ?", ROWS, id).stream().findFirst();
    }

    public List<Vacancy> ofEmployer(UUID employerId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM vacancy WHERE employer_id = ? ORDER BY created_at DESC LIMIT 200",
                ROWS, employerId);
    }

    List<Vacancy> reviewQueue() {
        return jdbc.query("SELECT " + COLUMNS + " FROM vacancy WHERE status = 'NEEDS_REVIEW' ORDER BY created_at "
                + "LIMIT 100", ROWS);
    }

    void publish(UUID id, String companyName, Instant now) {
        jdbc.update("UPDATE vacancy SET status = 'PUBLISHED', company_name = ?, published_at = ?, "
                + "screening_matches = NULL, screening_rules = NULL, screening_evidence = NULL WHERE id = ?",
                companyName, Timestamp.from(now), id);
    }

    void holdForReview(UUID id, String companyName, ScreeningDecision decision) {
        String[] rules = decision.evidence().stream().map(ScreeningEvidence::rule).toArray(String[]::new);
        String[] texts = decision.evidence().stream().map(ScreeningEvidence::matchedText).toArray(String[]::new);
        String[] phrases = decision.evidence().stream().map(ScreeningEvidence::phrase).toArray(String[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    UPDATE vacancy SET status = 'NEEDS_REVIEW', company_name = ?, screening_matches = ?,
                        screening_rules = ?, screening_evidence = ?
                    WHERE id = ?""");
            statement.setString(1, companyName);
            // One phrase per finding, in the evidence's order; read back distinct as matchedPhrases.
            statement.setString(2, String.join("\n", phrases));
            statement.setArray(3, connection.createArrayOf("text", rules));
            statement.setArray(4, connection.createArrayOf("text", texts));
            statement.setObject(5, id);
            return statement;
        });
    }

    void extend(UUID id, LocalDate closingDate) {
        jdbc.update("UPDATE vacancy SET closing_date = ? WHERE id = ?", closingDate, id);
    }

    int setStatusOfEmployer(UUID employerId, VacancyStatus from, VacancyStatus to) {
        return jdbc.update("UPDATE vacancy SET status = ? WHERE employer_id = ? AND status = ?", to.name(),
                employerId, from.name());
    }

    void close(UUID id, String reason, Instant now) {
        jdbc.update("UPDATE vacancy SET status = 'CLOSED', close_reason = ?, closed_at = ? WHERE id = ?",
                reason, Timestamp.from(now), id);
    }

    /** Published vacancies whose closing date lies before {@code today}, locked and skipped if another node has them. */
    List<Vacancy> lockExpired(LocalDate today, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM vacancy WHERE status = 'PUBLISHED' AND closing_date < ? "
                + "ORDER BY closing_date LIMIT ? FOR UPDATE SKIP LOCKED", ROWS, today, limit);
    }

    private static Vacancy map(ResultSet rs, int row) throws SQLException {
        String matches = rs.getString("screening_matches");
        return new Vacancy(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class),
                rs.getString("company_name"), rs.getString("title"), rs.getString("description"),
                rs.getString("requirements"), rs.getString("minimum_education"), rs.getString("kecamatan_code"),
                rs.getString("employment_type"), rs.getObject("salary_min", Long.class),
                rs.getObject("salary_max", Long.class), rs.getInt("openings"),
                rs.getObject("closing_date", LocalDate.class), VacancyStatus.valueOf(rs.getString("status")),
                matches == null ? List.of() : Arrays.stream(matches.split("\n")).distinct().toList(),
                evidence(rs, matches), rs.getString("close_reason"),
                instant(rs, "created_at"), instant(rs, "published_at"), instant(rs, "closed_at"));
    }

    /** Rule i matched text i and read phrase i (phrases are screening_matches, one per finding since V3). */
    private static List<ScreeningEvidence> evidence(ResultSet rs, String matches) throws SQLException {
        String[] rules = strings(rs.getArray("screening_rules"));
        String[] texts = strings(rs.getArray("screening_evidence"));
        String[] phrases = matches == null ? new String[0] : matches.split("\n");
        List<ScreeningEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < Math.min(rules.length, texts.length); i++) {
            evidence.add(new ScreeningEvidence(rules[i], texts[i], i < phrases.length ? phrases[i] : ""));
        }
        return List.copyOf(evidence);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
