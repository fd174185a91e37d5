package id.infoloker.vacancy.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeeScreeningPolicyTest {

    private final FeeScreeningPolicy policy = new FeeScreeningPolicy();

    @ParameterizedTest
    @ValueSource(strings = {
        "Pelamar wajib membayar biaya pendaftaran Rp 500.000",
        "BIAYA seragam ditanggung pelamar",
        "Ada biaya-admin sebelum interview",
        "Siapkan uang jaminan sebesar 2 juta",
        "Uang   Jaminan   dikembalikan setelah kontrak selesai",
        "Silakan transfer ke rekening BCA 1234567890",
        "Dana ditransfer sebelum tes kesehatan",
        "Ada pungutan untuk pelatihan",
        "Peserta dipungut Rp150.000",
        "uang pendaftaran 250rb",
        "Uang.Pendaftaran wajib dibayar",
        "b i a y a medical check up ditanggung peserta",
        "B.I.A.Y.A pelatihan 1 jt",
        "b-i-a-y-a administrasi",
        "Administrasi sebesar Rp 300.000 dibayar di tempat",
        "administrasi Rp. 100.000",
        "setor uang pelicin ke HRD",
        "Deposit 1 juta untuk penempatan",
        "Bíáyá pendaftaran (dengan aksen)",
        "Wajib bayar admin 50 ribu",
        "Admin 50rb dibayar saat tes",
        "administrasi 250 000 sebelum kontrak",
        "Lamaran dikirim via WhatsApp 0812-3456-7890",
        "Hubungi WA: +62 812 3456 7890",
        "Kirim CV ke lowongan.karawang@gmail.com",
        "Hubungi 081234567890 untuk info",
    })
    void moneyRequestsAndOffPlatformContactsNeedReview(String text) {
        ScreeningDecision decision = policy.screen("Operator Produksi", text, "Lulusan SMA");

        assertThat(decision.outcome()).as(text).isEqualTo(ScreeningDecision.Outcome.NEEDS_REVIEW);
        assertThat(decision.matchedPhrases()).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mengoperasikan mesin produksi, kerja shift, BPJS Kesehatan dan Ketenagakerjaan.",
        "Staf Administrasi: membuat laporan, menguasai Microsoft Excel.",
        "Lulusan D3 Administrasi Perkantoran.",
        "Proses rekrutmen GRATIS, tidak dipungut biaya apa pun.",
        "Tanpa biaya.",
        "Bebas biaya pendaftaran",
        "Tidak ada uang jaminan.",
        "Gaji dibayar tepat waktu setiap tanggal 25.",
        "Jaminan kesehatan dan jaminan hari tua.",
        "Gaji Rp 5.200.000 per bulan.",
        "Melamar hanya melalui Infoloker.",
        "Dibutuhkan Admin 2 orang dan operator 10 orang.",
        "Admin 2",
    })
    void honestVacanciesAreClear(String text) {
        ScreeningDecision decision = policy.screen("Operator Produksi", text, "Lulusan SMA/SMK");

        assertThat(decision.matchedPhrases()).as(text).isEmpty();
        assertThat(decision.outcome()).isEqualTo(ScreeningDecision.Outcome.CLEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uang jaminan", "Uang Jaminan", "UANG JAMINAN", "uang-jaminan", "uang_jaminan"})
    void reportsTheMatchedPhraseNormalised(String phrase) {
        assertThat(policy.screen("Sopir", "Bawa " + phrase + " saat interview", "SIM B1").matchedPhrases())
                .contains("uang jaminan");
    }

    /** Without punctuation or as one spelled-out run, the longest text a vacancy may have stays quick to screen. */
    @Test
    void pathologicalTextOfTheLongestAllowedSizeIsScreenedQuickly() {
        List<String> texts = List.of("sepuluh ".repeat(1_800), "b i a y a ".repeat(1_500), "biaya ".repeat(2_500),
                "0 ".repeat(7_500), "a.".repeat(7_500), "tanpa, ".repeat(2_000));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> texts.forEach(text -> policy.screen(text)));
    }

    @Property(tries = 300)
    void aFeeWordIsFoundWhateverTheCaseSpacingAndPunctuation(@ForAll("disguisedFeeWords") String disguised,
                                                            @ForAll("neutralText") String before,
                                                            @ForAll("neutralText") String after) {
        ScreeningDecision decision = policy.screen("Operator Gudang", before + " " + disguised + " " + after, "");

        assertThat(decision.needsReview()).as(disguised).isTrue();
    }

    @Property(tries = 200)
    void textWithoutFeeWordsIsClear(@ForAll("fillerText") String text) {
        assertThat(policy.screen("Operator Produksi", text, "Lulusan SMK").needsReview()).as(text).isFalse();
    }

    @Provide
    Arbitrary<String> disguisedFeeWords() {
        Arbitrary<String> phrase = Arbitraries.of("biaya", "transfer", "pungutan", "deposit", "uang jaminan",
                "uang pendaftaran", "uang administrasi", "uang pelicin");
        Arbitrary<Boolean> spelledOut = Arbitraries.of(true, false);
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", ".", "-", " . ", "_", "/");
        Arbitrary<Integer> casing = Arbitraries.integers().between(0, 2);
        return Combinators.combine(phrase, spelledOut, separator, casing).as((words, spelled, sep, caseMode) -> {
            // Spelled out letter by letter ("b.i.a.y.a"), or whole words with odd separators ("uang-jaminan").
            String disguised = spelled
                    ? String.join(sep, words.replace(" ", "").split(""))
                    : words.replace(" ", sep);
            return switch (caseMode) {
                case 0 -> disguised;
                case 1 -> disguised.toUpperCase(Locale.ROOT);
                default -> Character.toUpperCase(disguised.charAt(0)) + disguised.substring(1);
            };
        });
    }

    /**
     * Filler without pay words: "transfer" next to "gaji" or "lembur" is read as the employer paying ("gaji
     * ditransfer"), on purpose, so fee words are tried among words that say nothing about money.
     */
    @Provide
    Arbitrary<String> neutralText() {
        List<String> words = List.of("operator", "produksi", "shift", "pabrik", "karawang", "lulusan", "sehat",
                "jasmani", "bersedia", "kerja", "kawasan", "industri", "KIIC", "mesin", "gudang", "forklift",
                "pengalaman", "diutamakan", "pria", "wanita", "usia", "tahun");
        return Arbitraries.of(words).list().ofMinSize(0).ofMaxSize(20).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<String> fillerText() {
        List<String> words = List.of("operator", "produksi", "shift", "pabrik", "karawang", "lulusan", "sehat",
                "jasmani", "bersedia", "kerja", "lembur", "gaji", "sesuai", "UMK", "BPJS", "kawasan", "industri",
                "KIIC", "mesin", "gudang", "forklift", "pengalaman", "diutamakan", "pria", "wanita", "usia", "tahun");
        return Arbitraries.of(words).list().ofMinSize(0).ofMaxSize(20).map(list -> String.join(" ", list));
    }
}
