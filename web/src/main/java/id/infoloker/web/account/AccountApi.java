package id.infoloker.web.account;

import id.infoloker.web.backend.Backends;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * account-service's endpoints for the owner's own account: read it, change the password, confirm new contacts with
 * a code, change address and education, ask for an identity correction. Refusals come back as BackendProblem
 * naming the API's fields.
 */
@Component
class AccountApi {

    private final Backends backends;

    AccountApi(Backends backends) {
        this.backends = backends;
    }

    MyAccount me() {
        return backends.account().get().uri("/api/accounts/me").retrieve().body(MyAccount.class);
    }

    void changePassword(String currentPassword, String newPassword) {
        post("/api/accounts/me/password", new PasswordChange(currentPassword, newPassword));
    }

    void sendCodeToNewEmail(String email) {
        post("/api/accounts/me/email", new NewEmail(email));
    }

    void confirmNewEmail(String code) {
        post("/api/accounts/me/email/confirm", new Code(code));
    }

    void sendCodeToNewPhone(String phone) {
        post("/api/accounts/me/phone", new NewPhone(phone));
    }

    void confirmNewPhone(String code) {
        post("/api/accounts/me/phone/confirm", new Code(code));
    }

    void changeProfile(String address, String kecamatanCode, String education) {
        backends.account().put().uri("/api/accounts/me/profile").contentType(MediaType.APPLICATION_JSON)
                .body(new ProfileChange(address, kecamatanCode, education)).retrieve().toBodilessEntity();
    }

    void requestCorrection(IdentityForm form) {
        post("/api/accounts/me/identity-correction", form.asRequest());
    }

    private void post(String path, Object body) {
        backends.account().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity();
    }

    /** account-service's {@code MyAccountView}, what this page shows. Personal data: never logged. */
    public record MyAccount(String type, String fullName, String email, String phone, String status,
                     String statusReasonCode, JobSeeker jobSeeker) {

        public boolean jobSeekerAccount() {
            return jobSeeker != null;
        }

        @Override
        public String toString() {
            return "MyAccount[type=" + type + "]";
        }
    }

    public record JobSeeker(String nik, String birthPlace, LocalDate birthDate, String sex, String address,
                     String kecamatanCode, String kecamatanName, String education) {

        @Override
        public String toString() {
            return "JobSeeker[<personal data hidden>]";
        }
    }

    record PasswordChange(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[<hidden>]";
        }
    }

    record NewEmail(String email) {

        @Override
        public String toString() {
            return "NewEmail[<hidden>]";
        }
    }

    record NewPhone(String phone) {

        @Override
        public String toString() {
            return "NewPhone[<hidden>]";
        }
    }

    record Code(String code) {

        @Override
        public String toString() {
            return "Code[<hidden>]";
        }
    }

    record ProfileChange(String address, String kecamatanCode, String education) {
    }

    record CorrectionRequest(String fullName, String nik, String birthPlace, String birthDate, String sex) {

        @Override
        public String toString() {
            return "CorrectionRequest[<personal data hidden>]";
        }
    }
}
