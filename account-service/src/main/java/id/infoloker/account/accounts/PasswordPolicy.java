package id.infoloker.account.accounts;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Length rules for a new password. Bean Validation checks 8 to 72 characters; bcrypt also stops at 72 bytes, which a
 * password with non-ASCII characters can pass in fewer characters, so the byte length is checked here.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    public enum Decision {
        ACCEPTED, TOO_SHORT, TOO_LONG
    }

    public Decision assess(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Decision.TOO_SHORT;
        }
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES ? Decision.TOO_LONG : Decision.ACCEPTED;
    }
}
