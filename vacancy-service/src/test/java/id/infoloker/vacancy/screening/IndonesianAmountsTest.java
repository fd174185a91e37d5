package id.infoloker.vacancy.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianAmountsTest {

    private final ScreeningNormaliser normaliser = new ScreeningNormaliser();
    private final IndonesianAmounts amounts = new IndonesianAmounts();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Rp 1.500.000           | 1500000",
        "Rp1.000.000,-          | 1000000",
        "1,5 jt                 | 1500000",
        "750rb                  | 750000",
        "500k                   | 500000",
        "2 juta                 | 2000000",
        "250 000                | 250000",
        "satu juta              | 1000000",
        "sejuta                 | 1000000",
        "lima ratus ribu        | 500000",
        "dua setengah juta      | 2500000",
        "setengah juta          | 500000",
        "seratus lima puluh ribu | 150000",
        "dua belas juta         | 12000000",
    })
    void readsAnAmountHoweverWritten(String written, long rupiah) {
        assertThat(amounts.find(normaliser.normalise(written).normalised()))
                .extracting(IndonesianAmounts.Amount::rupiah).contains(rupiah);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin 2 orang", "shift 3", "0812 3456 7890", "SIM B1", "umur 18-35 tahun"})
    void headCountsShiftsAndPhoneNumbersAreNoAmounts(String text) {
        assertThat(amounts.find(normaliser.normalise(text).normalised())).isEmpty();
    }
}
