package id.infoloker.kit.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link WholeAnswerFilter} around every request, outside every other filter. */
@Configuration(proxyBeanMethods = false)
public class WholeAnswerConfiguration {

    @Bean
    FilterRegistrationBean<WholeAnswerFilter> wholeAnswers() {
        FilterRegistrationBean<WholeAnswerFilter> registration = new FilterRegistrationBean<>(new WholeAnswerFilter());
        // Outermost: the filters inside (Spring Security's header writers among them) still see the flush they asked
        // for; only the container does not.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
