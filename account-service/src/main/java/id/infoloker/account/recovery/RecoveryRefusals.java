package id.infoloker.account.recovery;

import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.kit.problem.ProblemException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** The refusals of recovery and correction, written once (codes and texts in the message bundles). */
public final class RecoveryRefusals {

    /** 429 with Retry-After, whole seconds rounded up. */
    public static void tooManyRequests(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", seconds)
                .with("retryAfterSeconds", seconds);
    }

    /** Wrong, expired, used-up or never-sent code: one answer, so nothing is learnt from which. */
    public static ProblemException invalidCode() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-code").onField("code");
    }

    /** The password policy's refusal, naming the field the client sent the new password in. */
    public static ProblemException weakPassword(PasswordPolicy.Decision decision, String field) {
        return switch (decision) {
            case TOO_SHORT, TOO_LONG -> new ProblemException(HttpStatus.BAD_REQUEST, "password-length",
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES).onField(field);
            case TOO_COMMON -> new ProblemException(HttpStatus.BAD_REQUEST, "password-common").onField(field);
            case ACCEPTED -> throw new IllegalArgumentException("An accepted password needs no refusal");
        };
    }

    private RecoveryRefusals() {
    }
}
