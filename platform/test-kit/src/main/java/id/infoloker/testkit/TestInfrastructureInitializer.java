package id.infoloker.testkit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared {@link TestInfrastructure}: its own database (named after
 * {@code spring.application.name}) and the shared broker.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = context.getEnvironment().getProperty("spring.application.name", "infoloker") + "_test";
        TestPropertyValues.of(
                "spring.datasource.url=" + infrastructure.jdbcUrl(database),
                "spring.datasource.username=" + infrastructure.postgresUser(),
                "spring.datasource.password=" + infrastructure.postgresPassword(),
                "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers())
                .applyTo(context);
    }
}
