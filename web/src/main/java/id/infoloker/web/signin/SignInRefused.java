package id.infoloker.web.signin;

/**
 * account-service refused a sign-in.
 *
 * @param detail its explanation in the person's language, if it gave one
 * @param retryAfterSeconds when a lock or rate limit ends, if it said
 */
public class SignInRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final String detail;
    private final Long retryAfterSeconds;

    public SignInRefused(int status, String code, String detail, Long retryAfterSeconds) {
        super("sign-in refused: " + status + " " + code);
        this.status = status;
        this.code = code == null ? "" : code;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
