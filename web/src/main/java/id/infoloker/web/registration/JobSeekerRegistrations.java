package id.infoloker.web.registration;

import static id.infoloker.web.registration.RegistrationFlow.orNull;

import id.infoloker.web.backend.Backends;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** account-service's {@code POST /api/accounts/job-seekers}: 202 when the account exists (also when sent again). */
@Component
class JobSeekerRegistrations {

    private final Backends backends;

    JobSeekerRegistrations(Backends backends) {
        this.backends = backends;
    }

    /** @throws id.infoloker.web.backend.BackendProblem with the fields account-service refused */
    Accepted register(Request request) {
        return backends.account().post()
                .uri("/api/accounts/job-seekers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Accepted.class);
    }

    /**
     * The API's request. Blank fields are sent as null, so account-service answers "wajib diisi" for them rather than
     * a format error; a birth date is passed on as typed (yyyy-MM-dd from the date input), and its rules decide.
     */
    record Request(String fullName, String nik, String birthPlace, String birthDate, String sex, String email,
                   String phone, String password, String address, String kecamatanCode, String education,
                   Boolean consent, String preferredLanguage, String consentVersion) {

        static Request of(RegistrationForm form, String language, String consentVersion) {
            return new Request(orNull(form.fullName()), digits(form.nik()), orNull(form.birthPlace()),
                    orNull(form.birthDate()), orNull(form.sex()), orNull(form.email()), orNull(form.phone()),
                    form.password() == null || form.password().isEmpty() ? null : form.password(),
                    orNull(form.address()), orNull(form.kecamatanCode()), orNull(form.education()), form.consented(),
                    language, consentVersion);
        }

        /** A NIK copied from a KTP photo often has spaces or dots between its groups; only the digits count. */
        private static String digits(String nik) {
            String value = orNull(nik);
            return value == null ? null : value.replaceAll("[\\s.\\-]", "");
        }

        @Override
        public String toString() {
            return "Request[kecamatanCode=" + kecamatanCode + ", education=" + education + "]";
        }
    }

    record Accepted(UUID accountId, String status) {
    }
}
