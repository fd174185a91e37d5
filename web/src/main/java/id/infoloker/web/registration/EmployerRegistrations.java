package id.infoloker.web.registration;

import static id.infoloker.web.registration.RegistrationFlow.orNull;

import id.infoloker.web.backend.Backends;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * account-service's {@code POST /api/accounts/employers}: 202 when the company's account exists. NIB and NPWP go as
 * typed (dots, dashes, spaces included): account-service reads the digits and checks them.
 */
@Component
class EmployerRegistrations {

    private final Backends backends;

    EmployerRegistrations(Backends backends) {
        this.backends = backends;
    }

    /** @throws id.infoloker.web.backend.BackendProblem with the fields account-service refused */
    void register(Request request) {
        backends.account().post()
                .uri("/api/accounts/employers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Accepted.class);
    }

    record Request(String companyName, String nib, String npwp, String address, String kecamatanCode,
                   String contactPerson, String email, String phone, String password, Boolean consent,
                   String preferredLanguage, String consentVersion) {

        static Request of(EmployerRegistrationForm form, String language, String consentVersion) {
            return new Request(orNull(form.companyName()), orNull(form.nib()), orNull(form.npwp()),
                    orNull(form.address()), orNull(form.kecamatanCode()), orNull(form.contactPerson()),
                    orNull(form.email()), orNull(form.phone()),
                    form.password() == null || form.password().isEmpty() ? null : form.password(),
                    form.consented(), language, consentVersion);
        }

        @Override
        public String toString() {
            return "Request[kecamatanCode=" + kecamatanCode + "]";
        }
    }

    record Accepted(UUID accountId, String status) {
    }
}
