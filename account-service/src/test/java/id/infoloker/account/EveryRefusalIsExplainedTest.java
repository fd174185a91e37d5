package id.infoloker.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.RefusalTexts;
import java.nio.file.Path;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** Every refusal this service answers has a title and a detail in Bahasa Indonesia and in English. */
class EveryRefusalIsExplainedTest {

    @Test
    void everyProblemCodeThrownHasATitleAndADetailInIndonesianAndEnglish() {
        SortedSet<String> codes = RefusalTexts.thrownIn(Path.of("src/main/java"));

        assertThat(codes).contains("applicant-not-found", "invalid-nib", "invalid-npwp");
        assertThat(RefusalTexts.missingFor(codes)).as("problem texts missing for %s", codes).isEmpty();
    }
}
