package id.infoloker.account.career;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Career profiles in PostgreSQL; experiences as a JSON array (read and written whole, never queried inside). */
@Repository
public class CareerProfiles {

    private static final TypeReference<List<CareerProfile.Experience>> EXPERIENCES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CareerProfiles(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CareerProfile> of(UUID accountId) {
        return jdbc.query("""
                SELECT skills, experiences::text AS experiences, major, desired_job, disability, share_disability
                FROM career_profile WHERE account_id = ?
                """, (rs, row) -> new CareerProfile(
                        List.copyOf(Arrays.asList((String[]) rs.getArray("skills").getArray())),
                        json.readValue(rs.getString("experiences"), EXPERIENCES), rs.getString("major"),
                        rs.getString("desired_job"), rs.getString("disability"), rs.getBoolean("share_disability")),
                accountId).stream().findFirst();
    }

    void save(UUID accountId, CareerProfile profile, Instant now) {
        String experiences = json.writeValueAsString(profile.experiences());
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO career_profile (account_id, skills, experiences, major, desired_job, disability,
                        share_disability, updated_at)
                    VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE SET skills = excluded.skills,
                        experiences = excluded.experiences, major = excluded.major,
                        desired_job = excluded.desired_job, disability = excluded.disability,
                        share_disability = excluded.share_disability, updated_at = excluded.updated_at
                    """);
            statement.setObject(1, accountId);
            statement.setArray(2, connection.createArrayOf("text",
                    profile.skills().stream().map(String::strip).toArray()));
            statement.setString(3, experiences);
            statement.setString(4, blankToNull(profile.major()));
            statement.setString(5, blankToNull(profile.desiredJob()));
            statement.setString(6, blankToNull(profile.disability()));
            statement.setBoolean(7, profile.shareDisability());
            statement.setTimestamp(8, Timestamp.from(now));
            return statement;
        });
    }

    /** Erasure: the profile goes with the account's other personal data. */
    public void delete(UUID accountId) {
        jdbc.update("DELETE FROM career_profile WHERE account_id = ?", accountId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
