package id.infoloker.vacancy.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyRequestRuleTest {

    private final ScreeningNormaliser normaliser = new ScreeningNormaliser();
    private final MoneyRequestRule rule = new MoneyRequestRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Siapkan u4ng j4minan 1 juta                       | money-request/deposit   | u4ng j4minan 1 juta",
        "Wajib d3p0sit 2 jt sebelum kerja                  | money-request/deposit   | d3p0sit 2 jt",
        "Dana jaminan Rp1.000.000 dikembalikan             | money-request/deposit   | Dana jaminan Rp1.000.000",
        "Ada b.i.a.y.a seragam                             | money-request/fee       | b.i.a.y.a",
        "Biaya pelatihan 500 ribu ditanggung peserta       | money-request/fee       | Biaya pelatihan 500 ribu",
        "Medical check up Rp 1.500.000 dibayar pelamar     | money-request/fee       | Medical check up Rp 1.500.000",
        "MCU 350rb                                         | money-request/fee       | MCU 350rb",
        "administrasi 1,5 jt sebelum tes                   | money-request/fee       | administrasi 1,5 jt",
        "Uang pendaftaran satu juta                        | money-request/fee       | Uang pendaftaran satu juta",
        "Bawa uang 750rb untuk seragam                     | money-request/fee       | Bawa uang 750rb",
        "Sediakan dana lima ratus ribu                     | money-request/fee       | Sediakan dana lima ratus ribu",
        "Ada pungutan pelatihan K3                         | money-request/fee       | pungutan",
        "pungli 200rb                                      | money-request/fee       | pungli 200rb",
        "Mohon setor Rp 400.000 ke koordinator             | money-request/fee       | setor Rp 400.000",
        "Lakukan tf ke rek BCA 1234567890                  | money-request/transfer  | tf",
        "Lakukan tf ke rek BCA 1234567890                  | money-request/bank-account | BCA 1234567890",
        "Kirim uang ke rekening Mandiri 1370012345678      | money-request/bank-account | Mandiri 1370012345678",
        "Transfer 500k ke DANA 081234567890                | money-request/e-wallet  | DANA 081234567890",
        "tf 100rb ke gopay ya                              | money-request/e-wallet  | gopay",
        "Top up OVO 0857 9999 8888                         | money-request/e-wallet  | OVO 0857 9999 8888",
        "DP 500rb untuk booking slot interview             | money-request/deposit   | DP 500rb",
        "Uang komitmen 1 jt                                | money-request/fee       | Uang komitmen 1 jt",
        "Pembayaran sebesar 350rb untuk ID card            | money-request/fee       | Pembayaran sebesar 350rb",
        "pengurusan berkas byr 300rb                       | money-request/fee       | byr 300rb",
        "No. rek: 123-456-7890 a/n Siti                    | money-request/bank-account | rek: 123-456-7890",
        "Bayar tunai Rp 500.000 saat tes                   | money-request/fee       | Bayar tunai Rp 500.000",
        "Registration fee 500k, refundable                 | money-request/fee       | fee 500k",
    })
    void findsTheRequest(String ad, String expectedRule, String expectedText) {
        assertThat(rule.find(normaliser.normalise(ad))).anySatisfy(evidence -> {
            assertThat(evidence.rule()).isEqualTo(expectedRule);
            assertThat(evidence.matchedText()).isEqualTo(expectedText);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Gaji Rp 5.200.000 per bulan",
        "UMK Karawang Rp 5,2 jt, lembur dibayar",
        "BPJS Kesehatan dan Ketenagakerjaan",
        "Jaminan kesehatan dan jaminan hari tua",
        "Proses rekrutmen tanpa biaya",
        "Gratis, tidak dipungut biaya",
        "Tidak ada biaya apa pun",
        "Tidak ada uang jaminan.",
        "Bebas biaya pendaftaran",
        "Biaya pelatihan dan medical check up ditanggung perusahaan",
        "Pelatihan SIO dibiayai perusahaan",
        "Gaji ditransfer ke rekening BRI setiap tanggal 25",
        "Transfer stok antar gudang dan input data",
        "Membuat setoran kas harian ke bank",
        "Membayar tagihan supplier",
        "Perusahaan membayar BPJS karyawan",
        "Staf Administrasi, lulusan D3 Administrasi Perkantoran",
        "Dibutuhkan Admin 2 orang",
        "Uang makan Rp 50.000/hari",
        "Tunjangan transport Rp 500.000",
        "Kami tidak pernah meminta biaya atau transfer dalam bentuk apa pun",
        "Payroll BNI, rekening dibuka saat training",
        "Kasir: menerima pembayaran tunai dan transfer",
        "Kasir: melayani pembayaran tunai, debit, QRIS dan transfer; menyetorkan uang hasil penjualan",
        "Perusahaan menanggung biaya pelatihan ISO 9001",
        "Menjelaskan uang muka dan cicilan motor kepada pelanggan",
        "Bersedia ditransfer ke cabang lain di wilayah Karawang",
        "Customer Service Bank Mandiri KCP Karawang, telp 0267 432123",
        "Karyawan mendapat sertifikat pelatihan senilai Rp 1.500.000",
        "Jaminan kesehatan hingga Rp 2.000.000 per tahun",
        "Cuti tahunan 12 hari di bayar penuh",
        "Teller: melayani setoran dan penarikan nasabah",
        "Admin Finance: membuat bukti transfer",
        "Admin Gudang (2 orang) – Rp 4.800.000",
        "Penempatan Karawang Rp 5.300.000 per bulan",
    })
    void honestMoneyTalkIsNoRequest(String ad) {
        assertThat(rule.find(normaliser.normalise(ad))).as(ad).isEmpty();
    }

    @Test
    void aReassuranceDoesNotExcuseTheNextClause() {
        assertThat(rule.find(normaliser.normalise("Tanpa biaya pendaftaran, tetapi wajib transfer 300rb")))
                .extracting(ScreeningEvidence::rule).contains("money-request/transfer");
    }
}
