package id.infoloker.vacancy.applications;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Public counts against "titipan" (placed) hires: how many applied, are in process, were hired, and from which
 * kecamatan the hires come. Never names or ids.
 */
@Component
public class Transparency {

    private final JdbcTemplate jdbc;

    Transparency(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Counts of(UUID vacancyId) {
        Counts totals = jdbc.queryForObject("""
                SELECT count(*) AS applicants,
                       count(*) FILTER (WHERE status IN ('DILIHAT', 'DIPROSES', 'WAWANCARA')) AS in_process,
                       count(*) FILTER (WHERE status = 'DITERIMA') AS hired
                FROM application WHERE vacancy_id = ?
                """, (rs, row) -> new Counts(rs.getLong("applicants"), rs.getLong("in_process"), rs.getLong("hired"),
                        List.of()), vacancyId);
        List<KecamatanCount> hires = jdbc.query("""
                SELECT d.kecamatan_code, count(*) AS hired
                FROM application a LEFT JOIN account_domicile d ON d.account_id = a.job_seeker_id
                WHERE a.vacancy_id = ? AND a.status = 'DITERIMA'
                GROUP BY d.kecamatan_code ORDER BY hired DESC, d.kecamatan_code
                """, (rs, row) -> new KecamatanCount(rs.getString("kecamatan_code"),
                        id.infoloker.vacancy.reference.Kecamatan.nameOf(rs.getString("kecamatan_code")),
                        rs.getLong("hired")), vacancyId);
        return new Counts(totals.applicants(), totals.inProcess(), totals.hired(), hires);
    }

    /** {@code inProcess}: seen, in process or invited to an interview, not yet decided. */
    public record Counts(long applicants, long inProcess, long hired, List<KecamatanCount> hiresByKecamatan) {
    }

    /** A null code counts hires whose kecamatan this service does not know. */
    public record KecamatanCount(String kecamatanCode, String kecamatanName, long hired) {
    }
}
