import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search benchmark for vacancy-service: fills the devstack's vacancy_service database with N generated, realistic
 * Indonesian vacancies (directly over JDBC, for speed), then sends GET /api/vacancies searches through the gateway from
 * C concurrent clients (java.net.http, HTTP/1.1 keep-alive), warm-up first, and prints p50/p95/p99 and requests/s.
 *
 * Run with the PostgreSQL JDBC driver on the class path (see README.md). Settings are system properties:
 * -Djdbc=jdbc:postgresql://127.0.0.1:15832/vacancy_service -Dgateway=http://127.0.0.1:8480 -Drows=100000
 * -Dclients=50 -Dwarmup=15 -Dseconds=60 -DmaxRequests=2000000
 */
public class VacancySearchBenchmark {

    static final String ID_PREFIX = "b0000000-"; // generated rows, recognisable and replaceable
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static final String[] KECAMATAN = {"321501", "321502", "321503", "321504", "321505", "321506", "321507", "321508",
        "321509", "321510", "321511", "321512", "321513", "321514", "321515", "321516", "321517", "321518", "321519",
        "321520", "321521", "321522", "321523", "321524", "321525", "321526", "321527", "321528", "321529", "321530"};
    /** Industrial estates (KIIC, Suryacipta, KIM, Indotaisei) draw most vacancies. */
    static final String[] BUSY_KECAMATAN = {"321503", "321505", "321513", "321501", "321526", "321504", "321527",
        "321529"};
    static final String[] EDUCATION = {"SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2"};
    static final int[] EDUCATION_RANK = {1, 2, 3, 3, 4, 5, 6, 7, 7, 8};
    static final int[] EDUCATION_WEIGHT = {3, 8, 30, 35, 2, 2, 8, 1, 10, 1};
    static final String[] TYPES = {"PKWT", "PKWTT", "MAGANG", "HARIAN"};
    static final int[] TYPE_WEIGHT = {55, 20, 10, 15};

    static final String[] TITLES = {"Operator Produksi", "Operator Mesin", "Operator Forklift", "Operator Injeksi Plastik",
        "Operator Press", "Operator CNC", "Staf Gudang", "Admin Gudang", "Helper Gudang", "Kepala Gudang",
        "Sopir Truk", "Sopir Pribadi", "Pengemudi Forklift", "Kurir Pengiriman", "Admin Produksi", "Staf Administrasi",
        "Admin Penjualan", "Kasir", "Pramuniaga", "Quality Control", "Teknisi Listrik", "Teknisi Perawatan Mesin",
        "Mekanik Alat Berat", "Welder", "Tukang Las", "Cleaning Service", "Satpam", "Juru Masak", "Staf HRD",
        "Staf Akuntansi", "Staf PPIC", "Drafter", "Supervisor Produksi", "Leader Line Produksi", "Packing",
        "Penjahit", "Barista", "Marketing Lapangan", "Sales Motoris", "Operator Timbangan"};
    static final String[] COMPANY_A = {"PT Sinar", "PT Karya", "PT Mitra", "PT Cahaya", "PT Surya", "PT Bumi",
        "PT Tunas", "PT Maju", "CV Sejahtera", "PT Indo", "PT Nusa", "PT Prima", "PT Graha", "CV Berkah"};
    static final String[] COMPANY_B = {"Abadi", "Makmur", "Otomotif", "Plastik", "Logistik", "Pangan", "Kimia",
        "Baja", "Tekstil", "Elektrik", "Mandiri", "Sentosa", "Persada", "Jaya"};
    static final String[] COMPANY_C = {"Karawang", "Cikampek", "Klari", "Telukjambe", "Indonesia", "Nusantara",
        "Jawa Barat", "Utama", "Perkasa", "Lestari"};
    static final String[] DUTIES = {
        "Mengoperasikan mesin produksi sesuai instruksi kerja dan target harian.",
        "Melakukan bongkar muat barang serta menyusun stok di gudang.",
        "Mencatat keluar masuk barang dan membuat laporan stok harian.",
        "Mengantar barang ke pelanggan di wilayah Karawang, Bekasi dan Purwakarta.",
        "Memeriksa kualitas hasil produksi dan memisahkan produk cacat.",
        "Merawat dan memperbaiki mesin produksi secara berkala.",
        "Membuat faktur, merekap pesanan dan melayani pelanggan.",
        "Menjaga kebersihan dan kerapian area kerja.",
        "Mengemudikan kendaraan operasional perusahaan dengan aman.",
        "Membantu supervisor dalam mencapai target produksi.",
        "Menginput data ke sistem dan mengarsipkan dokumen.",
        "Melakukan pengemasan produk sesuai standar."};
    static final String[] BENEFITS = {
        "Gaji sesuai UMK Karawang, BPJS Kesehatan dan BPJS Ketenagakerjaan.",
        "Uang makan, uang transport dan tunjangan hari raya.",
        "Lembur dibayar sesuai peraturan, kerja tiga shift.",
        "Jenjang karier jelas dan pelatihan dari perusahaan.",
        "Mess karyawan tersedia untuk pelamar dari luar kota.",
        "Lokasi kerja di kawasan industri KIIC.", "Lokasi kerja di kawasan industri Suryacipta.",
        "Lokasi kerja di Kawasan Industri Mitrakarawang.", "Penempatan di gudang Cikampek."};
    static final String[] REQUIREMENTS = {
        "Pria/wanita usia 18-30 tahun, sehat jasmani dan rohani.", "Bersedia bekerja shift dan lembur.",
        "Berpengalaman minimal 1 tahun di bidang yang sama.", "Lulusan baru dipersilakan melamar.",
        "Memiliki SIM A atau SIM B1 aktif.", "Mampu mengoperasikan Microsoft Excel.", "Jujur, teliti dan disiplin.",
        "Berdomisili di Karawang dan sekitarnya."};

    /** What job seekers type, roughly by popularity. */
    static final String[] QUERIES = {"operator produksi", "operator", "gudang", "sopir", "admin", "pengemudi",
        "staf administrasi", "quality control", "teknisi", "forklift", "kasir", "satpam", "helper", "las",
        "mekanik", "kurir", "packing", "cleaning service", "operator mesin cikampek", "admin gudang klari",
        "magang", "penjahit", "marketing", "produksi plastik", "driver"};

    public static void main(String[] args) throws Exception {
        String jdbc = System.getProperty("jdbc", "jdbc:postgresql://127.0.0.1:15832/vacancy_service");
        String gateway = System.getProperty("gateway", "http://127.0.0.1:8480");
        int rows = Integer.getInteger("rows", 100_000);
        int clients = Integer.getInteger("clients", 50);
        int warmupSeconds = Integer.getInteger("warmup", 15);
        int seconds = Integer.getInteger("seconds", 60);
        long maxRequests = Long.getLong("maxRequests", 2_000_000L);

        try (Connection db = DriverManager.getConnection(jdbc + "?reWriteBatchedInserts=true", "infoloker",
                "infoloker")) {
            generate(db, rows);
            explain(db);
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("Warm-up: %d s at %d clients%n", warmupSeconds, clients);
        run(http, gateway, clients, warmupSeconds, maxRequests, 1);
        System.out.printf("Measured: %d s at %d clients, through %s%n", seconds, clients, gateway);
        Result result = run(http, gateway, clients, seconds, maxRequests, 2);
        result.print();
    }

    // ---------------------------------------------------------------- data

    static void generate(Connection db, int rows) throws Exception {
        long present;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM vacancy WHERE id::text LIKE '" + ID_PREFIX + "%'")) {
            rs.next();
            present = rs.getLong(1);
        }
        if (present == rows) {
            System.out.printf("%,d generated vacancies already present%n", rows);
            return;
        }
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM vacancy WHERE id::text LIKE '" + ID_PREFIX + "%'");
        }
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(20260914L);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(WIB);
        String sql = """
                INSERT INTO vacancy (id, employer_id, company_name, title, description, requirements,
                    minimum_education, education_rank, kecamatan_code, employment_type, salary_min, salary_max,
                    openings, closing_date, status, created_at, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)
                """;
        UUID[] employers = new UUID[2_000];
        String[] companies = new String[employers.length];
        for (int i = 0; i < employers.length; i++) {
            employers[i] = UUID.fromString(String.format("b1000000-0000-4000-8000-%012d", i));
            companies[i] = pick(random, COMPANY_A) + " " + pick(random, COMPANY_B) + " " + pick(random, COMPANY_C);
        }
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                int employer = random.nextInt(employers.length);
                int education = weighted(random, EDUCATION_WEIGHT);
                String title = pick(random, TITLES);
                boolean withSalary = random.nextInt(100) < 65;
                String type = TYPES[weighted(random, TYPE_WEIGHT)];
                long min = type.equals("HARIAN") ? 150_000L + 10_000L * random.nextInt(10)
                        : 4_800_000L + 100_000L * random.nextInt(20);
                long max = min + (type.equals("HARIAN") ? 20_000L : 100_000L * random.nextInt(15));
                Instant published = now.minusSeconds(random.nextLong(60L * 24 * 3600));
                insert.setObject(1, UUID.fromString(String.format("b0000000-0000-4000-8000-%012d", i)));
                insert.setObject(2, employers[employer]);
                insert.setString(3, companies[employer]);
                insert.setString(4, title);
                insert.setString(5, title + " untuk " + companies[employer] + ". " + pick(random, DUTIES) + " "
                        + pick(random, DUTIES) + " " + pick(random, BENEFITS) + " " + pick(random, BENEFITS));
                insert.setString(6, pick(random, REQUIREMENTS) + " " + pick(random, REQUIREMENTS) + " Pendidikan minimal "
                        + EDUCATION[education] + ".");
                insert.setString(7, EDUCATION[education]);
                insert.setInt(8, EDUCATION_RANK[education]);
                insert.setString(9, random.nextInt(100) < 75 ? pick(random, BUSY_KECAMATAN) : pick(random, KECAMATAN));
                insert.setString(10, type);
                insert.setObject(11, withSalary ? min : null);
                insert.setObject(12, withSalary ? max : null);
                insert.setInt(13, 1 + random.nextInt(30));
                insert.setObject(14, today.plusDays(7 + random.nextInt(60)));
                insert.setTimestamp(15, Timestamp.from(published));
                insert.setTimestamp(16, Timestamp.from(published));
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("VACUUM ANALYZE vacancy");
        }
        System.out.printf("Generated %,d vacancies in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The plans and execution times of the statements vacancy-service runs (VacancySearch) for the four kinds of
     * search: a broad word newest-first, a two-word phrase, filters only (kecamatan), a broad word by relevance.
     */
    static void explain(Connection db) throws Exception {
        String columns = "id, title, company_name, kecamatan_code, employment_type, minimum_education, salary_min, "
                + "salary_max, closing_date, published_at";
        String live = "status = 'PUBLISHED' AND closing_date >= current_date";
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("broad word, newest (q=operator)", "SELECT " + columns + " FROM vacancy WHERE " + live
                + " AND search @@ to_tsquery('indonesian', '(operator)') ORDER BY published_at DESC, id DESC LIMIT 21");
        statements.put("two words, newest (q=operator produksi)", "SELECT " + columns + " FROM vacancy WHERE " + live
                + " AND search @@ to_tsquery('indonesian', '(operator) & (produksi)')"
                + " ORDER BY published_at DESC, id DESC LIMIT 21");
        statements.put("rare words, newest (q=operator mesin cikampek)", "SELECT " + columns + " FROM vacancy WHERE "
                + live + " AND search @@ to_tsquery('indonesian', '(operator) & (mesin) & (cikampek)')"
                + " ORDER BY published_at DESC, id DESC LIMIT 21");
        statements.put("filters only (kecamatan=321505, education SMK)", "SELECT " + columns + " FROM vacancy WHERE "
                + live + " AND kecamatan_code = '321505' AND education_rank <= 3"
                + " ORDER BY published_at DESC, id DESC LIMIT 21");
        statements.put("broad word, relevance (q=operator&order=relevance)", "SELECT " + columns + ", rank FROM (SELECT "
                + columns + ", ts_rank(search, to_tsquery('indonesian', '(operator)')) AS rank FROM (SELECT " + columns
                + ", search FROM vacancy WHERE " + live + " AND search @@ to_tsquery('indonesian', '(operator)')"
                + " ORDER BY published_at DESC, id DESC LIMIT 1000) candidate) hit ORDER BY rank DESC, id DESC LIMIT 21");
        try (Statement st = db.createStatement()) {
            for (Map.Entry<String, String> statement : statements.entrySet()) {
                System.out.println("Plan: " + statement.getKey());
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS OFF) " + statement.getValue())) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
            }
        }
    }

    static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static int weighted(SplittableRandom random, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // ---------------------------------------------------------------- load

    /** A realistic mix: mostly keyword searches, some with filters, some browsing by kecamatan without words. */
    static String nextQuery(Random random) {
        int kind = random.nextInt(100);
        StringBuilder q = new StringBuilder("/api/vacancies?");
        if (kind < 70) {
            q.append("q=").append(URLEncoder.encode(QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8));
        }
        if (kind >= 30 && kind < 50) {
            q.append("&order=relevance");
        }
        if (kind >= 50 && kind < 85) {
            q.append("&kecamatan=").append(BUSY_KECAMATAN[random.nextInt(BUSY_KECAMATAN.length)]);
        }
        if (kind >= 60 && kind < 75) {
            q.append("&education=").append(random.nextBoolean() ? "SMA" : "SMK");
        }
        if (kind >= 85) {
            q.append("&employmentType=PKWT&minSalary=").append(5_000_000 + 100_000 * random.nextInt(10));
        }
        return q.toString();
    }

    static Result run(HttpClient http, String gateway, int clients, int seconds, long maxRequests, long seed)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong issued = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        List<long[]> latencies = new ArrayList<>();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong emptyPages = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long[] counts = new long[clients];
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[4_000_000 / Math.max(1, clients)];
            latencies.add(mine);
            int client = c;
            Random random = new Random(seed * 1_000 + c);
            Thread worker = new Thread(() -> {
                try {
                    int n = 0;
                    while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests && n < mine.length) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + nextQuery(random)))
                                .timeout(Duration.ofSeconds(10)).header("Accept-Language", "id").GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            mine[n++] = System.nanoTime() - t0;
                            statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            if (response.statusCode() == 200 && response.body().startsWith("{\"items\":[]")) {
                                emptyPages.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    counts[client] = n;
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, (int) counts[c]);
            at += (int) counts[c];
        }
        Arrays.sort(all);
        return new Result(all, elapsed, new TreeMap<>(statuses), emptyPages.get(), failures.get());
    }

    record Result(long[] sorted, double seconds, Map<Integer, AtomicLong> statuses, long emptyPages, long failures) {

        double percentile(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }

        void print() {
            System.out.printf("requests: %,d in %.1f s = %.0f requests/s; statuses %s; transport failures %d;"
                    + " empty pages %d%n", sorted.length, seconds, sorted.length / seconds, statuses, failures,
                    emptyPages);
            System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", percentile(50), percentile(95),
                    percentile(99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        }
    }
}
