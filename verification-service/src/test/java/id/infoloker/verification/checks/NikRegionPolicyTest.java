package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NikRegionPolicyTest {

    private final NikRegionPolicy policy = new NikRegionPolicy("3215", "Kabupaten Karawang");

    @Test
    void aNikIssuedInKarawangPasses() {
        CheckResult result = policy.check("3215014506990001", "321501").orElseThrow();

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.arguments()).containsExactly("Kabupaten Karawang", "3215");
    }

    @Test
    void aNikFromElsewhereIsOnlyAWarningNamingTheStatedDomicile() {
        // Issued in Kota Bandung (3273); the person says they live in Karawang Barat.
        CheckResult result = policy.check("3273014506990001", "321501").orElseThrow();

        assertThat(result.verdict()).isEqualTo(Verdict.WARN);
        assertThat(result.messageKey()).isEqualTo("check.nik-region.outside");
        assertThat(result.arguments()).containsExactly("Kabupaten Karawang", "3273", "321501");
    }

    @Test
    void anUnreadableNikIsLeftToTheStructureCheck() {
        assertThat(policy.check("32", "321501")).isEmpty();
    }
}
