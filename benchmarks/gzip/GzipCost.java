/**
 * CPU cost and gain of gzip (level 6, what Reactor Netty uses at the gateway) on vacancy-search answers of 1, 20 and 50
 * items shaped like the real ones. Run: {@code java benchmarks/gzip/GzipCost.java 20} (single-file launch, no build).
 * Figures in docs/benchmarks.md, "gzip at the edge".
 */
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

public class GzipCost {
    static final String[] TITLES = {"Operator Produksi", "Staff Gudang", "Admin Keuangan", "Teknisi Listrik", "Sales Lapangan", "Kasir Minimarket", "Quality Control", "Driver Ekspedisi"};
    static final String[] COMPANIES = {"PT Maju Jaya Sentosa", "PT Karawang Makmur", "CV Sinar Abadi", "PT Toyota Manufacturing", "PT Sumber Alfaria Trijaya"};
    static final String[] KEC = {"Karawang Barat", "Karawang Timur", "Telukjambe Timur", "Cikampek", "Klari", "Rengasdengklok"};

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[0]);
        StringBuilder json = new StringBuilder("{\"items\":[");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(
                "{\"id\":\"%s\",\"title\":\"%s\",\"companyName\":\"%s\",\"kecamatanCode\":\"3215%02d\",\"kecamatanName\":\"%s\",\"employmentType\":\"PKWT\",\"minimumEducation\":\"SMK\",\"salaryMin\":%d,\"salaryMax\":%d,\"closingDate\":\"2027-01-%02d\",\"publishedAt\":\"2026-12-0%dT0%d:%02d:%02d.%06dZ\"}",
                java.util.UUID.randomUUID(), TITLES[random.nextInt(TITLES.length)], COMPANIES[random.nextInt(COMPANIES.length)], random.nextInt(30), KEC[random.nextInt(KEC.length)],
                4_000_000 + random.nextInt(100) * 10_000, 5_500_000 + random.nextInt(100) * 10_000, 1 + random.nextInt(28), 1 + random.nextInt(5), random.nextInt(10), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000)));
        }
        json.append("],\"nextCursor\":\"bmV3ZXN0fDIwMjYtMTItMDVUMDk6MTI6MzQuNTY3ODkwWnwwfGM0ZjE\",\"order\":\"NEWEST\"}");
        byte[] raw = json.toString().getBytes(StandardCharsets.UTF_8);
        int gz = 0;
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            int n = round == 0 ? 5_000 : 20_000;
            long cpu0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4);
                try (GZIPOutputStream zip = new GZIPOutputStream(out) {{ def.setLevel(6); }}) {
                    zip.write(raw);
                }
                gz = out.size();
            }
            long cpu = bean.getCurrentThreadCpuTime() - cpu0;
            if (round == 1) {
                System.out.printf("items=%d raw=%d B gzip=%d B ratio=%.1fx cpu=%.1f us/answer (level 6, %d answers)%n",
                        items, raw.length, gz, (double) raw.length / gz, cpu / 1000.0 / n, n);
            }
        }
    }
}
