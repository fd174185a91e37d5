package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikStructurePolicyTest {

    private final NikStructurePolicy policy = new NikStructurePolicy();

    @Test
    void sixteenDigitsWithAPossibleBirthDateAndSerialPass() {
        assertThat(policy.check("3215014506990001").verdict()).isEqualTo(Verdict.PASS);
        // A man born 29 February 2000.
        assertThat(policy.check("3215012902000001").verdict()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({
        "'', check.nik-structure.missing",
        "321501450699001, check.nik-structure.length",
        "32150145069900011, check.nik-structure.length",
        "32150145069900x1, check.nik-structure.length",
        "3215013206990001, check.nik-structure.date",
        "3215017206990001, check.nik-structure.date",
        "3215014513990001, check.nik-structure.date",
        "3215013002990001, check.nik-structure.date",
        "3215014506990000, check.nik-structure.serial",
        // Once a PASS here while registration refused it; both now refuse a region part 00.
        "3200014506990001, check.nik-structure.region",
        "3215004506990001, check.nik-structure.region"
    })
    void malformedNiksFailWithTheReason(String nik, String key) {
        CheckResult result = policy.check(nik);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.messageKey()).isEqualTo(key);
        assertThat(result.code()).isEqualTo(CheckCode.NIK_STRUCTURE);
    }
}
