package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import id.infoloker.gateway.cache.EdgeCache;
import id.infoloker.gateway.support.Backends;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * Base of every integration test: the real gateway on a random port in front of real HTTP servers (WireMock) standing
 * in for the four services and the portal (web). Same annotations and property source for all subclasses, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class GatewayIntegrationTest {

    protected static final Backends backends = Backends.shared();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    protected WebTestClient gateway;

    /** Emptied before every test: a public answer stubbed by one test must not be served in another. */
    @Autowired
    protected EdgeCache edgeCache;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("infoloker.services.account", backends.account::url);
        registry.add("infoloker.services.vacancy", backends.vacancy::url);
        registry.add("infoloker.services.verification", backends.verification::url);
        registry.add("infoloker.services.notification", backends.notification::url);
        registry.add("infoloker.services.web", backends.web::url);
        registry.add("infoloker.security.jwks-uri", () -> backends.account.url() + Backends.JWKS_PATH);
    }

    private static boolean warmedUp;

    @BeforeEach
    void resetBackendsAndClient() {
        backends.reset();
        edgeCache.clear();
        gateway = client(port);
        warmUpOnce();
    }

    /**
     * The first request through a fresh gateway loads the HTTP client, the JWKS and a lot of classes; on a busy
     * machine that can take longer than a short route timeout. Pay it once here, not in whichever test runs first.
     */
    private void warmUpOnce() {
        if (warmedUp) {
            return;
        }
        backends.notification.server().stubFor(get("/api/notifications/warm-up").willReturn(ok()));
        client(port).mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri("/api/notifications/warm-up")
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .exchange()
                .expectStatus().isOk();
        warmedUp = true;
        backends.reset();
    }

    protected static WebTestClient client(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    /**
     * A client the gateway does not trust as a proxy (application-test.yml trusts only 127.0.0.1): its X-Forwarded-*
     * headers must change nothing.
     */
    protected WebTestClient untrustedClient() {
        HttpClient fromOtherAddress = HttpClient.create()
                .bindAddress(() -> new InetSocketAddress("127.0.0.2", 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(fromOtherAddress))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
