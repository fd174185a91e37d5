package id.infoloker.vacancy.devstack;

import id.infoloker.events.Topics;
import id.infoloker.events.VacancyPublished;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.vacancy.accounts.AccountProjection;
import id.infoloker.vacancy.reference.EducationLevel;
import id.infoloker.vacancy.vacancies.VacancyInputPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the devstack only: three verified employers and vacancies typical of Karawang's industrial estates,
 * written straight into this service's tables at start-up. Fixed ids and {@code ON CONFLICT DO NOTHING} make it
 * idempotent across restarts.
 *
 * <p>The three employers are real, verified accounts: account-service creates them under the same ids in the devstack
 * profile ({@code DemoEmployers}, issue 14) and the devstack prints their credentials, so their applications can be
 * worked through by hand. Each demo vacancy inserted is also published as vacancy.published.v1 through the outbox, as
 * a posted one would be, so the office's labour-market report (built from events) has figures on a fresh devstack.
 */
@Component
@Profile("devstack")
@ConditionalOnBooleanProperty(name = "infoloker.vacancies.demo-data")
class DemoVacancies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVacancies.class);

    record Employer(UUID id, String name) {
    }

    record Demo(UUID id, Employer employer, String title, String description, String requirements,
                EducationLevel education, String kecamatan, String type, Long salaryMin, Long salaryMax,
                int openings) {
    }

    static final Employer SURYA = new Employer(UUID.fromString("d0000000-0000-4000-8000-000000000001"),
            "PT Surya Otomotif Karawang");
    static final Employer GUDANG = new Employer(UUID.fromString("d0000000-0000-4000-8000-000000000002"),
            "PT Logistik Nusantara Cikampek");
    static final Employer PANGAN = new Employer(UUID.fromString("d0000000-0000-4000-8000-000000000003"),
            "CV Pangan Sejahtera Rengasdengklok");

    static final List<Demo> DEMOS = List.of(
            new Demo(id(1), SURYA, "Operator Produksi",
                    "Mengoperasikan mesin press dan perakitan komponen otomotif di kawasan industri KIIC. Kerja tiga"
                            + " shift, mendapat BPJS Kesehatan dan Ketenagakerjaan, uang makan dan transport.",
                    "Pria/wanita usia 18-28 tahun, sehat jasmani, bersedia kerja shift, lulusan SMA/SMK semua"
                            + " jurusan.", EducationLevel.SMA, "321503", "PKWT", 5_200_000L, 5_600_000L, 25),
            new Demo(id(2), SURYA, "Quality Control Inspector",
                    "Memeriksa hasil produksi sesuai standar kualitas, mencatat data inspeksi, dan melaporkan produk"
                            + " cacat kepada supervisor.",
                    "Lulusan SMK teknik mesin, teliti, pengalaman QC menjadi nilai tambah.", EducationLevel.SMK,
                    "321503", "PKWT", 5_300_000L, 5_800_000L, 4),
            new Demo(id(3), GUDANG, "Staf Gudang",
                    "Bongkar muat barang, menyusun stok di gudang, dan menyiapkan pesanan untuk pengiriman ke"
                            + " seluruh Jawa Barat.",
                    "Pria usia maksimal 30 tahun, kuat fisik, lulusan SMP/SMA, bisa mengoperasikan forklift lebih"
                            + " disukai.", EducationLevel.SMP, "321513", "HARIAN", 180_000L, 200_000L, 10),
            new Demo(id(4), GUDANG, "Sopir Truk Pengiriman",
                    "Mengemudikan truk engkel untuk pengiriman barang dari gudang Cikampek ke pelanggan. Uang jalan"
                            + " ditanggung perusahaan.",
                    "Memiliki SIM B1 aktif, berpengalaman mengemudi minimal 2 tahun, mengenal rute Jawa Barat.",
                    EducationLevel.SMP, "321513", "PKWTT", 5_000_000L, 6_000_000L, 3),
            new Demo(id(5), GUDANG, "Admin Gudang",
                    "Mencatat keluar masuk barang, membuat laporan stok harian dengan Excel, dan berkoordinasi"
                            + " dengan tim pengiriman.",
                    "Lulusan SMK/D3 administrasi perkantoran, menguasai Microsoft Excel, teliti dan rapi.",
                    EducationLevel.SMK, "321505", "PKWT", 4_900_000L, 5_300_000L, 2),
            new Demo(id(6), PANGAN, "Operator Mesin Pengemasan Beras",
                    "Menjalankan mesin pengemasan beras di penggilingan Rengasdengklok, menjaga kebersihan area"
                            + " produksi.",
                    "Lulusan SD/SMP, jujur, rajin, berdomisili di sekitar Rengasdengklok.", EducationLevel.SD,
                    "321506", "HARIAN", 120_000L, 150_000L, 6),
            new Demo(id(7), PANGAN, "Staf Administrasi Penjualan",
                    "Membuat faktur, merekap pesanan dari agen, dan melayani telepon pelanggan.",
                    "Lulusan SMA/SMK, bisa mengetik cepat, ramah.", EducationLevel.SMA, "321501", "PKWTT",
                    null, null, 1),
            new Demo(id(8), SURYA, "Magang Teknisi Perawatan Mesin",
                    "Program magang enam bulan di bagian perawatan mesin produksi, dibimbing teknisi senior, dengan"
                            + " uang saku bulanan.",
                    "Lulusan baru SMK teknik mesin atau listrik, usia maksimal 22 tahun.", EducationLevel.SMK,
                    "321504", "MAGANG", 2_500_000L, 2_500_000L, 8));

    private final JdbcTemplate jdbc;
    private final AccountProjection accounts;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final Clock clock;

    DemoVacancies(JdbcTemplate jdbc, AccountProjection accounts, TransactionTemplate transactions, Outbox outbox,
                  Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = Instant.now(clock);
        LocalDate closing = LocalDate.now(clock.withZone(VacancyInputPolicy.KARAWANG)).plusDays(60);
        int inserted = transactions.execute(status -> {
            for (Employer employer : List.of(SURYA, GUDANG, PANGAN)) {
                accounts.seedVerified(employer.id(), "EMPLOYER", employer.name(), now);
            }
            int count = 0;
            for (int i = 0; i < DEMOS.size(); i++) {
                Demo demo = DEMOS.get(i);
                Timestamp published = Timestamp.from(now.minus(Duration.ofHours(i)));
                int added = jdbc.update("""
                        INSERT INTO vacancy (id, employer_id, company_name, title, description, requirements,
                            minimum_education, education_rank, kecamatan_code, employment_type, salary_min, salary_max,
                            openings, closing_date, status, created_at, published_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)
                        ON CONFLICT (id) DO NOTHING
                        """, demo.id(), demo.employer().id(), demo.employer().name(), demo.title(), demo.description(),
                        demo.requirements(), demo.education().name(), demo.education().rank(), demo.kecamatan(),
                        demo.type(), demo.salaryMin(), demo.salaryMax(), demo.openings(), closing, published,
                        published);
                if (added == 1) {
                    outbox.publish(Topics.VACANCY_PUBLISHED, demo.id(), new VacancyPublished(demo.id(),
                            demo.employer().id(), demo.employer().name(), demo.title(), demo.kecamatan(),
                            demo.education().name(), demo.type(), demo.salaryMin(), demo.salaryMax(), closing,
                            published.toInstant()));
                }
                count += added;
            }
            return count;
        });
        log.info("Devstack demo data: {} demo vacancies added ({} already present)", inserted,
                DEMOS.size() - inserted);
    }

    private static UUID id(int n) {
        return UUID.fromString("d1000000-0000-4000-8000-%012d".formatted(n));
    }
}
