package id.infoloker.account.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"rahasia-sekali", "Kopi-Tubruk-2026", "bismillah sukses karawang"})
    void acceptsLongEnoughUncommonPasswords(String password) {
        assertThat(policy.assess(password)).isEqualTo(PasswordPolicy.Decision.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bismillah", "Indonesia", "karawang123", "PASSWORD", "12345678", " qwerty123 "})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThat(policy.assess(password)).isEqualTo(PasswordPolicy.Decision.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pendek", "1234567"})
    void refusesShortPasswords(String password) {
        assertThat(policy.assess(password)).isEqualTo(PasswordPolicy.Decision.TOO_SHORT);
        assertThat(policy.assess(null)).isEqualTo(PasswordPolicy.Decision.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 100})
    void refusesWhatBcryptCannotHash(int bytes) {
        assertThat(policy.assess("a".repeat(bytes))).isEqualTo(PasswordPolicy.Decision.TOO_LONG);
        assertThat(policy.assess("\u6f22".repeat(25))).isEqualTo(PasswordPolicy.Decision.TOO_LONG);
    }
}
