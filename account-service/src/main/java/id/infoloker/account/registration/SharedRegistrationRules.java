package id.infoloker.account.registration;

import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.account.accounts.PhoneNumbers;
import id.infoloker.kit.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The rules every registration shares, job seeker or employer: a kecamatan of this regency, an acceptable password,
 * the current consent text, a usable mobile number. Also hashes the password — slow on purpose, so it happens here,
 * before the registration's transaction, and no database connection waits for it.
 */
@Component
class SharedRegistrationRules {

    private final PasswordEncoder passwords;
    private final PasswordPolicy passwordPolicy;
    private final KecamatanCatalog kecamatan;
    private final ConsentProperties consent;

    SharedRegistrationRules(PasswordEncoder passwords, PasswordPolicy passwordPolicy, KecamatanCatalog kecamatan,
                            ConsentProperties consent) {
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.kecamatan = kecamatan;
        this.consent = consent;
    }

    /** @throws ProblemException naming the field whose rule is broken */
    Credentials check(String kecamatanCode, String password, String consentVersion, String email, String phone) {
        if (!kecamatan.contains(kecamatanCode)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-kecamatan").onField("kecamatanCode");
        }
        PasswordPolicy.Decision passwordDecision = passwordPolicy.assess(password);
        if (passwordDecision != PasswordPolicy.Decision.ACCEPTED) {
            throw PasswordPolicy.refusal(passwordDecision);
        }
        String agreedConsent = consent.agreedVersion(consentVersion);
        String normalisedPhone = PhoneNumbers.normalize(phone)
                .orElseThrow(() -> new IllegalArgumentException("phone passed validation but does not normalise"));
        return new Credentials(EmailAddresses.normalize(email), normalisedPhone, passwords.encode(password),
                agreedConsent);
    }

    /** Contact details in their stored form, the password hash and the consent version agreed to. */
    record Credentials(String email, String phone, String passwordHash, String consentVersion) {
    }
}
