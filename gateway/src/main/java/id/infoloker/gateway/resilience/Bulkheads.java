package id.infoloker.gateway.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.common.CompositeCustomizer;
import io.github.resilience4j.common.bulkhead.configuration.BulkheadConfigCustomizer;
import io.github.resilience4j.core.registry.RegistryEventConsumer;
import io.github.resilience4j.spring6.bulkhead.configure.BulkheadConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The route bulkheads' registry, built from {@code resilience4j.bulkhead.*} as Resilience4j's Spring Boot support
 * builds it, with its metrics (the composite {@code bulkheadRegistryEventConsumer} that support defines), but without
 * the event buffer it hangs on every bulkhead.
 *
 * <p>That buffer keeps each bulkhead's last hundred events for the actuator's {@code bulkheadevents} endpoint, which
 * the gateway does not expose. To fill it, every call through a route created two events, each stamped with the
 * current date and time zone: about 2 % of the gateway's CPU on an uncached GET (issue 17, docs/benchmarks.md). A
 * bulkhead publishes no event that nothing listens to.
 */
@Configuration(proxyBeanMethods = false)
class Bulkheads {

    @Bean
    BulkheadRegistry bulkheadRegistry(
            BulkheadConfigurationProperties properties,
            @Qualifier("bulkheadRegistryEventConsumer") RegistryEventConsumer<Bulkhead> metrics,
            CompositeCustomizer<BulkheadConfigCustomizer> customizers) {
        Map<String, BulkheadConfig> configs = new LinkedHashMap<>();
        properties.getConfigs().forEach((name, config) ->
                configs.put(name, properties.createBulkheadConfig(config, customizers, name)));
        BulkheadRegistry registry = BulkheadRegistry.of(configs, metrics, Map.copyOf(properties.getTags()));
        properties.getInstances().forEach((name, instance) ->
                registry.bulkhead(name, properties.createBulkheadConfig(instance, customizers, name)));
        return registry;
    }
}
