package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.identity.Identifiers;
import id.infoloker.identity.Nib;
import id.infoloker.identity.Nik;
import id.infoloker.identity.Npwp;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The automatic checks fail exactly the identifiers the platform's reader ({@code platform/identity}) calls
 * impossible. account-service's IdentifierAgreementTest shows that registration refuses exactly those, over the same
 * generated inputs: the two services agree on every identifier (a FAIL here is an identifier registration refuses).
 */
class IdentifierAgreementTest {

    @Property(tries = 3000)
    void theNikStructureFailsExactlyAnImpossibleNik(@ForAll(supplier = Identifiers.Niks.class) String nik) {
        assertThat(new NikStructurePolicy().check(nik).verdict() == Verdict.FAIL)
                .isEqualTo(Nik.parse(nik).isEmpty());
    }

    @Property(tries = 3000)
    void theNpwpCheckFailsExactlyAnImpossibleNpwp(@ForAll(supplier = Identifiers.Npwps.class) String npwp) {
        assertThat(new NpwpPolicy().check(npwp).verdict() == Verdict.FAIL).isEqualTo(!Npwp.read(npwp).valid());
    }

    @Property(tries = 1000)
    void theNibCheckFailsExactlyAnImpossibleNib(@ForAll(supplier = Identifiers.Nibs.class) String nib) {
        assertThat(new NibPolicy().check(nib).verdict() == Verdict.FAIL).isEqualTo(Nib.normalize(nib).isEmpty());
    }
}
