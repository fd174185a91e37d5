package id.infoloker.testkit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared {@link TestInfrastructure}: its own database (named after
 * {@code spring.application.name}) and the shared broker.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** 32 bytes, base64: the master key wrapping the personal-data keys in tests. */
    static final String TEST_MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LW9mLTMyLWJ5dGVzLS0tLS0=";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = context.getEnvironment().getProperty("spring.application.name", "infoloker") + "_test";
        TestPropertyValues.of(
                "spring.datasource.url=" + infrastructure.jdbcUrl(database),
                "spring.datasource.username=" + infrastructure.postgresUser(),
                "spring.datasource.password=" + infrastructure.postgresPassword(),
                "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                // Crypto-shredding's secrets (docs/architecture.md "Personal data on Kafka"), fixed for tests.
                "infoloker.privacy.service-secret=test-service-secret",
                "infoloker.privacy.master-key=" + TEST_MASTER_KEY)
                .applyTo(context);
    }
}
