package id.infoloker.account.accounts;

import id.infoloker.kit.problem.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Rules for a new password: 8 to 72 bytes, and not one of the passwords everybody tries first. Bean Validation checks
 * 8 to 72 characters; bcrypt stops at 72 bytes, which a password with non-ASCII characters can pass in fewer
 * characters, so the byte length is checked here. Common passwords come from {@code passwords/common-passwords.txt}
 * (world-wide lists plus Indonesian favourites such as "bismillah" and "karawang123"), compared case-insensitively:
 * a guessing attack tries exactly those first.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

    public enum Decision {
        ACCEPTED, TOO_SHORT, TOO_LONG, TOO_COMMON
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load(COMMON_PASSWORDS);
    }

    public Decision assess(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Decision.TOO_SHORT;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Decision.TOO_LONG;
        }
        return common.contains(password.strip().toLowerCase(Locale.ROOT)) ? Decision.TOO_COMMON : Decision.ACCEPTED;
    }

    /** The refusal to answer for a password that is not {@link Decision#ACCEPTED}, naming the {@code password} field. */
    public static ProblemException refusal(Decision decision) {
        return refusal(decision, "password");
    }

    /** The same, naming {@code field} (e.g. {@code newPassword}). */
    public static ProblemException refusal(Decision decision, String field) {
        return switch (decision) {
            case TOO_SHORT, TOO_LONG -> new ProblemException(HttpStatus.BAD_REQUEST, "password-length", MIN_LENGTH,
                    MAX_BYTES).onField(field);
            case TOO_COMMON -> new ProblemException(HttpStatus.BAD_REQUEST, "password-common").onField(field);
            case ACCEPTED -> throw new IllegalArgumentException("An accepted password needs no refusal");
        };
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Set.copyOf(passwords);
    }
}
