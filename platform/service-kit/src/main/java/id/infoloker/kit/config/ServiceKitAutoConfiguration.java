package id.infoloker.kit.config;

import id.infoloker.kit.caching.PublicReadsConfiguration;
import id.infoloker.kit.http.WholeAnswerConfiguration;
import id.infoloker.kit.health.KafkaHealthIndicator;
import id.infoloker.kit.input.ParameterTextInterceptor;
import id.infoloker.kit.input.SafeTextModule;
import id.infoloker.kit.kafka.KafkaConfiguration;
import id.infoloker.kit.openapi.ApiDocumentation;
import id.infoloker.kit.outbox.OutboxConfiguration;
import id.infoloker.kit.privacy.PrivacyConfiguration;
import id.infoloker.kit.problem.ProblemDetailsAdvice;
import id.infoloker.kit.problem.ProblemErrorReportValve;
import id.infoloker.kit.problem.ProblemMessages;
import id.infoloker.kit.retention.RetentionConfiguration;
import id.infoloker.kit.security.ResourceServerConfiguration;
import id.infoloker.kit.tracing.MicrometerTraceContext;
import id.infoloker.kit.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What a service gets by depending on the kit. Runs before Boot's security auto-configuration so the kit's
 * {@code SecurityFilterChain} and {@code JwtDecoder} win over Boot's defaults, while a service's own beans win over
 * the kit's.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.context.MessageSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration"
        },
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration"
        })
@Import({OutboxConfiguration.class, KafkaConfiguration.class, ResourceServerConfiguration.class,
    PrivacyConfiguration.class, RetentionConfiguration.class, PublicReadsConfiguration.class, ApiDocumentation.class,
    WholeAnswerConfiguration.class})
public class ServiceKitAutoConfiguration {

    @Bean
    ProblemMessages problemMessages(MessageSource messageSource) {
        return new ProblemMessages(messageSource);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(ProblemMessages problems, MessageSource messageSource) {
        return new ProblemDetailsAdvice(problems, messageSource);
    }

    /** NUL and lone surrogates in JSON strings: 400 naming the field (Boot registers every JacksonModule bean). */
    /**
     * Tomcat's own refusals (a path it cannot decode, before Spring sees the request) answer problems too, not its
     * HTML page. Boot adds a plain ErrorReportValve to the host; this one sits behind it and reports first.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    SafeTextModule safeTextModule() {
        return new SafeTextModule();
    }

    /** The same rule for query and form parameters and path variables. */
    @Bean
    WebMvcConfigurer parameterTextRule() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ParameterTextInterceptor());
            }
        };
    }

    /** Micrometer Tracing's (OpenTelemetry) when a tracer is configured, else nothing is captured. */
    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        return available == null || propagation == null ? TraceContext.NONE
                : new MicrometerTraceContext(available, propagation);
    }

    /** Named so that it shows as {@code kafka} in health groups. */
    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
