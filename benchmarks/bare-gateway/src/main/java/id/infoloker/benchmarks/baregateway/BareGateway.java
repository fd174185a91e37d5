package id.infoloker.benchmarks.baregateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway with one route to vacancy-service and nothing of ours: the floor under our gateway's cost on
 * the browsing benchmark's uncached authenticated GET. Ours adds the edge token check, the breaker, retry, bulkhead,
 * request ids, limits, metrics and tracing; the difference between the two is what those cost. Configured in
 * application.yml; {@code --bare.port} and {@code --bare.target} come from benchmarks/browsing/run.sh.
 */
@SpringBootApplication
public class BareGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }
}
