package id.infoloker.kit.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JsonNode;

/** The service's OpenAPI document as the kit shapes it (docs/api.md), and the deprecation headers. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocumentation {

    static {
        // Resolved from the token, not sent by the client: no parameter, no schema.
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(id.infoloker.kit.security.AuthenticatedAccount.class)
                // A Jackson 3 tree in a body is free-form JSON; springdoc would describe the node class's getters
                // instead (a "JsonNode" model that breaks generated clients, whose JSON helper imports Jackson's own).
                .replaceWithSchema(JsonNode.class, new Schema<>().description("Free-form JSON."));
    }

    @Bean
    ProblemResponses apiProblemResponses(MessageSource messages) {
        return new ProblemResponses(messages, Locale.forLanguageTag("id"));
    }

    @Bean
    OperationCustomizer infolokerOperations(ProblemResponses problems) {
        return new OperationDocumentation(problems);
    }

    /** The service's name as the gateway serves its document: {@code account-service} is {@code account}. */
    @Bean
    OpenApiCustomizer infolokerApiDocument(@Value("${spring.application.name}") String application,
                                           org.springframework.beans.factory.ObjectProvider<FilterChainProxy> chains,
                                           ProblemResponses problems) {
        String service = application.replaceFirst("-service$", "");
        return api -> new ApiDocumentCustomizer(service, new AccessRules(chains.getObject()), problems).customise(api);
    }

    @Bean
    WebMvcConfigurer deprecationHeaders() {
        HandlerInterceptor headers = new DeprecationHeaders();
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(headers);
            }
        };
    }
}
