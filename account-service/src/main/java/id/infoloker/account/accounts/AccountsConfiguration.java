package id.infoloker.account.accounts;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    /**
     * bcrypt today; the {id} prefix lets a later switch (argon2, stronger bcrypt) keep old hashes readable. No more
     * hashes at once than {@code infoloker.password-hashing} allows ({@link BoundedPasswordEncoder} says why).
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties hashing, MeterRegistry meters) {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), hashing.slots(),
                hashing.maxWait(), meters);
    }
}
