package id.infoloker.vacancy;

import id.infoloker.kit.privacy.TestPersonalDataKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Personal-data keys without an account-service: found by the tests' component scan, so every context has them. */
@Configuration(proxyBeanMethods = false)
class TestKeysConfiguration {

    @Bean
    TestPersonalDataKeys testPersonalDataKeys() {
        return new TestPersonalDataKeys();
    }
}
