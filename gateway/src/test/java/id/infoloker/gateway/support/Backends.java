package id.infoloker.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;

/** The four services and the portal (web) as WireMock servers, started once per test JVM and shared by every test class. */
public final class Backends {

    public static final String JWKS_PATH = "/.well-known/jwks.json";

    private static final Backends INSTANCE = new Backends();

    public final Backend account = new Backend("account");
    public final Backend vacancy = new Backend("vacancy");
    public final Backend verification = new Backend("verification");
    public final Backend notification = new Backend("notification");
    public final Backend web = new Backend("web");
    public final Tokens tokens = new Tokens();

    private Backends() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> all().forEach(b -> b.server().stop())));
    }

    public static Backends shared() {
        return INSTANCE;
    }

    public List<Backend> all() {
        return List.of(account, vacancy, verification, notification, web);
    }

    /** Forgets stubs and recorded requests, then serves the signing keys again (account-service publishes them). */
    public void reset() {
        all().forEach(backend -> backend.server().resetAll());
        account.server().stubFor(get(urlPathEqualTo(JWKS_PATH)).willReturn(okJson(tokens.jwks())));
    }
}
