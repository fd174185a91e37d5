package id.infoloker.verification.checks;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The checks stored with each case (table case_check), one row per check, replaced when recomputed. */
@Repository
public class CaseChecks {

    private static final Locale STORED_LANGUAGE = Locale.forLanguageTag("id");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    CaseChecks(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * Stores (or replaces) each result for the case, in one round trip (a JDBC batch); call in the transaction that
     * changes the case.
     */
    public void save(UUID caseId, Collection<CheckResult> results, Instant at) {
        saveAll(Map.of(caseId, List.copyOf(results)), at);
    }

    /** {@link #save} for many cases, in one round trip. */
    public void saveAll(Map<UUID, List<CheckResult>> resultsByCase, Instant at) {
        List<UUID> caseIds = new ArrayList<>();
        List<CheckResult> rows = new ArrayList<>();
        resultsByCase.forEach((caseId, results) -> results.forEach(result -> {
            caseIds.add(caseId);
            rows.add(result);
        }));
        jdbc.batchUpdate("""
                INSERT INTO case_check (case_id, code, verdict, message_key, message_args, message, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, code) DO UPDATE
                SET verdict = excluded.verdict, message_key = excluded.message_key,
                    message_args = excluded.message_args, message = excluded.message,
                    checked_at = excluded.checked_at
                """, new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws java.sql.SQLException {
                        CheckResult result = rows.get(i);
                        Array arguments = statement.getConnection().createArrayOf("text",
                                result.arguments().toArray());
                        statement.setObject(1, caseIds.get(i));
                        statement.setString(2, result.code().name());
                        statement.setString(3, result.verdict().name());
                        statement.setString(4, result.messageKey());
                        statement.setArray(5, arguments);
                        statement.setString(6, render(result.messageKey(), result.arguments(), STORED_LANGUAGE));
                        statement.setTimestamp(7, Timestamp.from(at));
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
    }

    public List<Verdict> verdictsOf(UUID caseId) {
        return jdbc.queryForList("SELECT verdict FROM case_check WHERE case_id = ?", String.class, caseId).stream()
                .map(Verdict::valueOf).toList();
    }

    /** The case's checks in a stable order (the order of {@link CheckCode}), messages in {@code locale}. */
    public List<CheckView> of(UUID caseId, Locale locale) {
        return of(List.of(caseId), locale).getOrDefault(caseId, List.of());
    }

    public Map<UUID, List<CheckView>> of(Collection<UUID> caseIds, Locale locale) {
        Map<UUID, List<CheckView>> byCase = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.query("""
                SELECT case_id, code, verdict, message_key, message_args FROM case_check
                WHERE case_id = ANY (?)
                """, rs -> {
                    UUID caseId = rs.getObject("case_id", UUID.class);
                    List<String> arguments = Arrays.asList((String[]) rs.getArray("message_args").getArray());
                    byCase.computeIfAbsent(caseId, id -> new ArrayList<>()).add(new CheckView(
                            CheckCode.valueOf(rs.getString("code")), Verdict.valueOf(rs.getString("verdict")),
                            render(rs.getString("message_key"), arguments, locale)));
                }, (Object) caseIds.toArray(UUID[]::new));
        byCase.values().forEach(views -> views.sort((a, b) -> a.code().compareTo(b.code())));
        return byCase;
    }

    private String render(String key, List<String> arguments, Locale locale) {
        return messages.getMessage(key, arguments.toArray(), key, locale);
    }
}
