package id.infoloker.gateway;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes are looked up before the annotated controllers: the gateway's own router functions (console login,
 * {@code /keluar}, the breakers' fallback) first, as before, then the routes, then the controllers.
 *
 * <p>The only annotated controllers here are springdoc's (the Swagger UI's redirect and configuration, an empty
 * {@code /v3/api-docs}), and no route takes their paths ({@code PortalPaths} keeps {@code /v3/**} and
 * {@code /swagger-ui*} from the portal's catch-all route). In WebFlux's default order (router functions -1,
 * controllers 0, routes 1) every proxied request first had each controller mapping tested and refused, the
 * {@code produces} conditions parsing media types before the path was even compared: about 3.5 % of the gateway's CPU
 * on an uncached GET (issue 17, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class RoutesBeforeControllers {

    /** After Spring Cloud Gateway's routes: {@code spring.cloud.gateway.server.webflux.handler-mapping.order}, 1. */
    static final int CONTROLLERS = 2;

    @Bean
    static BeanPostProcessor controllersAfterRoutes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerMapping controllers) {
                    controllers.setOrder(CONTROLLERS);
                }
                return bean;
            }
        };
    }
}
