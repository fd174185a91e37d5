package id.infoloker.account.profile;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.kit.security.AuthenticatedAccount;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NikVisibilityTest {

    private static final UUID OWNER = UUID.randomUUID();

    @Test
    void theOwnerAndAdministratorsSeeTheWholeNik() {
        assertThat(NikVisibility.of(new AuthenticatedAccount(OWNER, Set.of("JOB_SEEKER")), OWNER))
                .isEqualTo(NikVisibility.Level.FULL);
        assertThat(NikVisibility.of(new AuthenticatedAccount(UUID.randomUUID(), Set.of("ADMIN")), OWNER))
                .isEqualTo(NikVisibility.Level.FULL);
    }

    @Test
    void verifiersAndEveryoneElseSeeTheLastFourDigits() {
        for (String role : new String[] {"VERIFIER", "JOB_SEEKER", "EMPLOYER"}) {
            assertThat(NikVisibility.of(new AuthenticatedAccount(UUID.randomUUID(), Set.of(role)), OWNER))
                    .isEqualTo(NikVisibility.Level.MASKED);
        }
        assertThat(NikVisibility.apply(NikVisibility.Level.MASKED, "3215014506990001")).isEqualTo("************0001");
        assertThat(NikVisibility.apply(NikVisibility.Level.FULL, "3215014506990001")).isEqualTo("3215014506990001");
        assertThat(NikVisibility.mask(null)).isNull();
        assertThat(NikVisibility.mask("123")).isEqualTo("***");
    }
}
