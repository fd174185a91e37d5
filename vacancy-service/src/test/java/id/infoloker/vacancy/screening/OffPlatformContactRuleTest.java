package id.infoloker.vacancy.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffPlatformContactRuleTest {

    private final ScreeningNormaliser normaliser = new ScreeningNormaliser();
    private final OffPlatformContactRule rule = new OffPlatformContactRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hubungi WA 0812 3456 7890                    | off-platform/whatsapp  | whatsapp",
        "info w.a saja                                | off-platform/whatsapp  | whatsapp",
        "Chat WhatsApp admin                          | off-platform/whatsapp  | whatsapp",
        "klik wa.me/6281299990000                     | off-platform/whatsapp  | whatsapp",
        "Gabung Telegram kami                         | off-platform/telegram  | telegram",
        "t.me/lokerkarawang                           | off-platform/telegram  | telegram",
        "info tele @lokerkrw                          | off-platform/telegram  | telegram",
        "Isi data di bit.ly/lokerkrw                   | off-platform/link      | bit.ly",
        "Daftar lewat forms.gle/AbCdEf123             | off-platform/link      | forms.gle",
        "Kirim CV: hrd.krw at gmail                   | off-platform/free-mail | krw@gmail",
        "Hubungi +62 (0) 812 3456 7890                | off-platform/phone     | 62081234567890",
        "Follow Instagram kami                        | off-platform/instagram | instagram",
        "DM @loker.karawang                           | off-platform/instagram | @loker",
        "hrd.gudang (at) gmail (dot) com              | off-platform/free-mail | gudang@gmail.com",
        "hrd[at]gmail.com                             | off-platform/free-mail | hrd@gmail.com",
        "lowongankrw @ gmail . com                    | off-platform/free-mail | gmail.com",
        "Hub. O812-34l5-6789                          | off-platform/phone     | 081234156789",
        "Line: @lokerkrw                              | off-platform/instagram | @lokerkrw",
        "sopir.karawang@gmail.com                     | off-platform/free-mail | karawang@gmail.com",
        "rekrutmen@yahoo.co.id                        | off-platform/free-mail | rekrutmen@yaho.co",
        "Hubungi 081234567890                         | off-platform/phone     | 081234567890",
        "Hubungi 0812.3456.7890                       | off-platform/phone     | 081234567890",
        "Hubungi 0812-3456-7890                       | off-platform/phone     | 081234567890",
        "Hubungi +62 812-3456-7890                    | off-platform/phone     | 6281234567890",
        "Hubungi 62 812 3456 7890                     | off-platform/phone     | 6281234567890",
        "0 8 1 2 - 7 7 7 7 - 6 6 6 6                  | off-platform/phone     | 081277776666",
        "nol delapan satu dua tiga empat lima enam tujuh delapan sembilan | off-platform/phone | 08123456789",
        "enam dua delapan satu tiga satu dua tiga empat lima enam tujuh   | off-platform/phone | 628131234567",
        "nol 812 tiga empat lima enam tujuh delapan   | off-platform/phone     | 0812345678",
    })
    void findsTheWayOut(String ad, String expectedRule, String expectedPhrase) {
        assertThat(rule.find(normaliser.normalise(ad))).anySatisfy(evidence -> {
            assertThat(evidence.rule()).isEqualTo(expectedRule);
            assertThat(evidence.phrase()).isEqualTo(expectedPhrase);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A company's own domain is not held (see the class comment); Infoloker still remains the way to apply.
        "Kirim lamaran ke rekrutmen@sinarmakmur.co.id atau melalui Infoloker",
        "Karawang Wetan, Kawasan KIIC, shift 3",
        "Tele Sales / Telemarketing, gaji pokok + komisi",
        "Lokasi Tg. Pura, Karawang Barat. Shift 1: 07.00-15.00, Shift 2: 15.00-23.00",
        "Jam kerja 0800-1700, Sabtu 0800-1200. Telp. (0267) 432123",
        "Gaji Rp 5.200.000, PKWT 12 bulan, NIK 3215012345678901 tidak diminta",
        "Melamar hanya melalui Infoloker, tidak melalui WhatsApp",
        "Usia 18-35 tahun, tinggi 160 cm, berat 50 kg",
    })
    void ordinaryTextStaysOnThePlatform(String ad) {
        assertThat(rule.find(normaliser.normalise(ad))).as(ad).isEmpty();
    }
}
