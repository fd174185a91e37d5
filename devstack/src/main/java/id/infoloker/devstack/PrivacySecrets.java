package id.infoloker.devstack;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The run's crypto-shredding secrets, fresh each start like the JWT key: the services' shared secret for reading
 * personal-data keys and account-service's master key wrapping them (docs/architecture.md "Personal data on Kafka").
 * The devstack's database is fresh each start too, so no wrapped key outlives its master key.
 */
record PrivacySecrets(String serviceSecret, String masterKey) {

    static PrivacySecrets generate() {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[24];
        byte[] master = new byte[32];
        random.nextBytes(secret);
        random.nextBytes(master);
        return new PrivacySecrets(Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                Base64.getEncoder().encodeToString(master));
    }
}
