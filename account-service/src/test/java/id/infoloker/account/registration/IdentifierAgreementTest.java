package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.accounts.Sex;
import id.infoloker.identity.Identifiers;
import id.infoloker.identity.Nib;
import id.infoloker.identity.Nik;
import id.infoloker.identity.Npwp;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Registration accepts exactly the identifiers the platform's reader ({@code platform/identity}) calls possible.
 * verification-service's IdentifierAgreementTest shows the same of its checks over the same generated inputs, so the
 * two services agree on every identifier.
 */
class IdentifierAgreementTest {

    private final NikPolicy nikPolicy = new NikPolicy();

    @Property(tries = 3000)
    void acceptsANikExactlyWhenItIsPossible(@ForAll(supplier = Identifiers.Niks.class) String nik) {
        assertThat(nikPolicy.assess(nik, LocalDate.of(1998, 6, 5), Sex.F).accepted())
                .isEqualTo(Nik.parse(nik).isPresent());
    }

    @Property(tries = 3000)
    void acceptsAnNpwpExactlyWhenItIsPossible(@ForAll(supplier = Identifiers.Npwps.class) String npwp) {
        assertThat(NpwpPolicy.assess(npwp).accepted()).isEqualTo(Npwp.read(npwp).valid());
    }

    @Property(tries = 1000)
    void acceptsANibExactlyWhenItIsPossible(@ForAll(supplier = Identifiers.Nibs.class) String nib) {
        assertThat(NibPolicy.normalize(nib)).isEqualTo(Nib.normalize(nib));
    }
}
