package id.infoloker.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The edge of the platform: routes, JWT check, rate limits, circuit breakers. Routes live in application.yml. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        EventLoops.oneToACore();
        SpringApplication.run(GatewayApplication.class, args);
    }
}
