package id.infoloker.account;

import id.infoloker.testkit.InfolokerIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The one annotation set of every integration test class here, so they all share one Spring context (one start of
 * the service against the shared PostgreSQL and Kafka).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@InfolokerIntegrationTest
@AutoConfigureWebTestClient
public @interface AccountServiceIntegrationTest {
}
