package id.infoloker.benchmarks.browsing;

/**
 * Generated vacancies written straight into vacancy_service (the same generator as benchmarks/surge's browsing
 * scenario): ten job titles, 2,000 companies, six kecamatan, four education levels, published over the last 60 days.
 */
final class Seed {

    private Seed() {
    }

    static final String SQL = """
                    INSERT INTO vacancy (id, employer_id, company_name, title, description, requirements,
                        minimum_education, education_rank, kecamatan_code, employment_type, salary_min, salary_max,
                        openings, closing_date, status, created_at, published_at)
                    SELECT gen_random_uuid(), ('b1000000-0000-4000-8000-' || lpad((g % 2000)::text, 12, '0'))::uuid,
                        'PT ' || (ARRAY['Maju','Sinar','Karya','Indo','Mitra'])[1 + g % 5] || ' '
                            || (ARRAY['Jaya','Abadi','Sentosa','Makmur'])[1 + g % 4] || ' ' || (g % 2000),
                        t.title,
                        t.title || ' untuk pabrik di Karawang. Mengoperasikan mesin, menjaga kebersihan area kerja,'
                            || ' BPJS Ketenagakerjaan, uang makan.',
                        'Usia 18-35 tahun, sehat jasmani. Pendidikan minimal ' || e.code || '.',
                        e.code, e.rank,
                        (ARRAY['321503','321505','321513','321501','321526','321504'])[1 + g % 6],
                        (ARRAY['PKWT','PKWT','PKWTT','MAGANG','HARIAN'])[1 + g % 5],
                        CASE WHEN g % 3 = 0 THEN NULL ELSE 4800000 + 100000 * (g % 20) END,
                        CASE WHEN g % 3 = 0 THEN NULL ELSE 5800000 + 100000 * (g % 20) END,
                        1 + g % 30, current_date + 7 + g % 60, 'PUBLISHED',
                        now() - (g % 86400) * interval '1 minute', now() - (g % 86400) * interval '1 minute'
                    FROM generate_series(1, @ROWS@) g
                    CROSS JOIN LATERAL (SELECT (ARRAY['Operator Produksi','Admin Gudang','Sopir Pengiriman',
                        'Teknisi Listrik','Kasir','Satpam','Staf Administrasi','Helper Gudang','Operator Forklift',
                        'Quality Control'])[1 + g % 10] AS title) t
                    CROSS JOIN LATERAL (SELECT (ARRAY['SMA','SMK','D3','S1'])[1 + g % 4] AS code,
                        (ARRAY[3,3,6,7])[1 + g % 4] AS rank) e
                    """;
}
