package id.infoloker.vacancy.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningNormaliserTest {

    private final ScreeningNormaliser normaliser = new ScreeningNormaliser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // leetspeak
        "u4ng j4minan           | uang jaminan",
        "B1AYA d3p0sit          | biaya deposit",
        "p3ng4mb1l4n 5ert1f1k4t | pengambilan sertifikat",
        "tr4n5f3r 7unai         | transfer tunai",
        "j@minan                | jaminan",
        // spacing and punctuation
        "b i a y a              | biaya",
        "b.i.a.y.a              | biaya",
        "b-i-a-y-a              | biaya",
        "b_i_a_y_a              | biaya",
        "b . i . a . y . a      | biaya",
        "b 1 a y a              | biaya",
        "b i a y a s e r a g a m | biaya seragam",
        "u.a.n.g.j.a.m.i.n.a.n  | uang jaminan",
        // repeated letters, case, diacritics
        "Biiiayaaa              | biaya",
        "JAAAMINAN              | jaminan",
        "Bíáyá                  | biaya",
        // numbers keep their digits, thousands separators go
        "Rp 1.500.000           | rp 1500000",
        "1,5 jt                 | 1.5 jt",
        "750rb                  | 750rb",
        "500k                   | 500k",
        "0812-3456-7890         | 0812 3456 7890",
        // o and l for 0 and 1 in a number, reduplication with 2, words cut in two
        "O812-34l5-6789         | 0812 3415 6789",
        "biaya2                 | biaya",
        "bi aya trans fer       | biaya transfer",
        "what sapp              | whatsap",
    })
    void undoesTheTrick(String written, String read) {
        assertThat(normaliser.normalise(written).normalised()).isEqualTo(read);
    }

    @Test
    void dropsInvisibleCharactersAndReadsCyrillicLookAlikesAsLatin() {
        assertThat(normaliser.normalise("bi\u200Baya ja\u00ADminan").normalised()).isEqualTo("biaya jaminan");
        assertThat(normaliser.normalise("\u0411\u0456\u0430\u0443\u0430").normalised()).isEqualTo("biaya");
    }

    @Test
    void keepsAddressesAndHandlesApartFromLeetspeak() {
        assertThat(normaliser.normalise("hrd.gudang@gmail.com").normalised()).isEqualTo("hrd gudang @ gmail com");
        assertThat(normaliser.normalise("DM @loker_kiic").normalised()).isEqualTo("dm @loker kic");
        assertThat(normaliser.normalise("hrd.gudang (at) gmail (dot) com").normalised())
                .isEqualTo("hrd gudang at gmail dot com");
    }

    @Test
    void marksClauseEndsSoAReassuranceDoesNotReachTheNextClause() {
        assertThat(normaliser.normalise("Tanpa biaya, transfer ke rek. Terima kasih!").normalised())
                .isEqualTo("tanpa biaya , transfer ke rek | terima kasih |");
    }

    @Test
    void leadsBackToWhatTheEmployerWrote() {
        ScreeningText text = normaliser.normalise("Siapkan  u4ng   j4minan 1 juta ya");
        int start = text.normalised().indexOf("uang");
        int end = text.normalised().indexOf("juta") + 4;

        assertThat(text.original(start, end)).isEqualTo("u4ng j4minan 1 juta");
    }
}
