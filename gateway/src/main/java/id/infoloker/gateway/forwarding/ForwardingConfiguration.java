package id.infoloker.gateway.forwarding;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the gateway hands requests and answers on: small answers whole ({@link WholeAnswers}), and
 * {@link HopAndForwardedHeaders} where Spring Cloud Gateway's own hop-by-hop and forwarded-header removal was.
 *
 * <p>Spring Cloud Gateway registers {@code removeHopByHopHeadersFilter} always, and {@code removeForwardedHeadersFilter}
 * and {@code removeXForwardedHeadersFilter} when no proxy is trusted ({@code trusted-proxies} empty, as on the
 * devstack); with trusted proxies it registers {@code ForwardedHeadersFilter} and {@code XForwardedHeadersFilter}
 * instead, which stay. Those beans have no {@code @ConditionalOnMissingBean}, so their definitions are replaced here,
 * after the auto-configuration has registered them: the request filter removes what the removed beans removed, no
 * more and no less.
 */
@Configuration(proxyBeanMethods = false)
class ForwardingConfiguration {

    static final String HOP_BY_HOP = "removeHopByHopHeadersFilter";
    static final String FORWARDED = "removeForwardedHeadersFilter";
    static final String X_FORWARDED = "removeXForwardedHeadersFilter";

    @Bean
    WholeAnswers wholeAnswers() {
        return new WholeAnswers();
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor hopAndForwardedHeadersInstead() {
        return registry -> {
            boolean dropForwarded = remove(registry, FORWARDED);
            boolean dropXForwarded = remove(registry, X_FORWARDED);
            remove(registry, HOP_BY_HOP);
            registry.registerBeanDefinition("hopAndForwardedHeadersOnRequests", new RootBeanDefinition(
                    HopAndForwardedHeaders.class,
                    () -> HopAndForwardedHeaders.onRequests(dropForwarded, dropXForwarded)));
            registry.registerBeanDefinition("hopByHopHeadersOnAnswers", new RootBeanDefinition(
                    HopAndForwardedHeaders.class, HopAndForwardedHeaders::onAnswers));
        };
    }

    private static boolean remove(BeanDefinitionRegistry registry, String name) {
        if (!registry.containsBeanDefinition(name)) {
            return false;
        }
        registry.removeBeanDefinition(name);
        return true;
    }
}
