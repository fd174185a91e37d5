package id.infoloker.kit.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link PublicReads} for controllers and its ETag filter for every request path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicReadsProperties.class)
public class PublicReadsConfiguration {

    @Bean
    PublicReads publicReads(PublicReadsProperties properties) {
        return new PublicReads(properties);
    }

    @Bean
    FilterRegistrationBean<PublicReadEtagFilter> publicReadEtags() {
        return new FilterRegistrationBean<>(new PublicReadEtagFilter());
    }
}
