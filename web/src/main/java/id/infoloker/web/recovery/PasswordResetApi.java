package id.infoloker.web.recovery;

import id.infoloker.web.backend.Backends;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** account-service's password reset: a code to the account's addresses, then the code with the new password. */
@Component
class PasswordResetApi {

    private final Backends backends;

    PasswordResetApi(Backends backends) {
        this.backends = backends;
    }

    /** The same answer whether or not the account exists; a 429 comes back as a BackendProblem. */
    void sendCode(String username) {
        backends.account().post().uri("/api/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .body(new Username(username)).retrieve().toBodilessEntity();
    }

    /** @throws id.infoloker.web.backend.BackendProblem naming {@code code} or {@code newPassword} */
    void reset(String username, String code, String newPassword) {
        backends.account().post().uri("/api/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                .body(new Confirmation(username, code, newPassword)).retrieve().toBodilessEntity();
    }

    record Username(String username) {

        @Override
        public String toString() {
            return "Username[<hidden>]";
        }
    }

    record Confirmation(String username, String code, String newPassword) {

        @Override
        public String toString() {
            return "Confirmation[<hidden>]";
        }
    }
}
