package id.infoloker.kit.testapp;

import static org.springframework.http.HttpMethod.GET;

import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads whose rules are written for GET only, as services write them: one open to all, one for admins. */
@Configuration(proxyBeanMethods = false)
class GuardedReadEndpoints {

    /** How often the admins' handler ran: a refused request must never reach it. */
    static final AtomicInteger REPORTS_SERVED = new AtomicInteger();

    @Bean
    ServiceAuthorizationRules guardedReads() {
        return rules -> rules
                .requestMatchers(GET, "/api/guarded/report").hasRole(Roles.ADMIN)
                .requestMatchers(GET, "/api/guarded/open").permitAll();
    }

    @RestController
    static class Endpoints {

        @GetMapping("/api/guarded/report")
        String report() {
            REPORTS_SERVED.incrementAndGet();
            return "{\"pending\":12}";
        }

        @GetMapping("/api/guarded/open")
        String open() {
            return "{\"kecamatan\":30}";
        }
    }
}
