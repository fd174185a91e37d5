package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.devstack.Devstack;
import id.infoloker.devstack.PlatformService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input at every public endpoint, through the gateway, against the real services: random Unicode (NUL and
 * other control characters, lone surrogates, right-to-left marks, 100,000-character strings) in every field of the
 * JSON body, every query parameter and every path variable the services' own OpenAPI documents list, with no token,
 * a job seeker's or a verifier's; random multipart (no boundary, unterminated, NUL and CRLF in the file name) at the
 * upload endpoints; the same values in the links of the portal's public pages. Nothing may answer a 5xx, and every
 * deployable must still be ready afterwards.
 */
class HostileInputPropertyIT {

    /** About 17 s for 700 on the devstack; 1,500 stays well inside a minute. */
    private static final int TRIES = 1500;
    private static final List<String> SERVICES_WITH_API = List.of("account", "vacancy", "verification", "notification");

    static Devstack platform;
    static List<HostileRequests.Operation> operations;
    static List<String> tokens;
    static final AtomicInteger sent = new AtomicInteger();
    static final List<String> serverErrors = new CopyOnWriteArrayList<>();
    static final Set<String> undocumentedAnswers = ConcurrentHashMap.newKeySet();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeContainer
    static void discoverEveryPublicOperation() {
        platform = RunningPlatform.get();
        Api api = new Api(platform.gatewayUrl());
        operations = new ArrayList<>();
        for (String service : SERVICES_WITH_API) {
            Api.Response document = api.get("/v3/api-docs/" + service, null);
            assertThat(document.status()).as("OpenAPI of %s through the gateway", service).isEqualTo(200);
            operations.addAll(HostileRequests.operationsOf(document.json()));
        }
        assertThat(operations).as("operations found in the OpenAPI documents").hasSizeGreaterThan(20);
        operations.addAll(HostileRequests.PORTAL_PAGES);
        Map<String, Object> registration = JobSeekers.newRegistration();
        assertThat(api.post("/api/accounts/job-seekers", registration, null).status()).isEqualTo(202);
        tokens = new ArrayList<>();
        tokens.add(null);
        tokens.add(api.login((String) registration.get("email"), (String) registration.get("password")));
        tokens.add(api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void noInputMakesAnyServiceAnswerA5xx(@ForAll("requests") HostileRequests.Request request) {
        HttpResponse<String> response = send(request);
        sent.incrementAndGet();
        if (response != null) {
            holdAgainstTheDocuments(request, response);
        }
        if (response != null && response.statusCode() >= 500) {
            serverErrors.add(response.statusCode() + " " + request + " -> "
                    + abbreviate(response.body(), 300));
        }
    }

    @Provide
    Arbitrary<HostileRequests.Request> requests() {
        Arbitrary<HostileRequests.Operation> operation = Arbitraries.of(operations);
        Arbitrary<String> token = Arbitraries.integers().between(0, tokens.size() - 1).map(tokens::get);
        return Combinators.combine(operation, token, HostileRequests.values().list().ofMinSize(1).ofMaxSize(12),
                        HostileRequests.multipartShapes())
                .as(HostileRequests.Request::new);
    }

    @AfterContainer
    static void everyServiceIsStillReadyAndNothingAnswered5xx() {
        System.out.printf("[hostile] sent %d requests to %d operations through the gateway; 5xx answers: %d%n",
                sent.get(), operations == null ? 0 : operations.size(), serverErrors.size());
        serverErrors.stream().limit(40).forEach(error -> System.out.println("[hostile] " + error));
        for (PlatformService service : PlatformService.values()) {
            String readiness = "http://localhost:" + service.managementPort(platform.options().ports())
                    + "/actuator/health/readiness";
            HttpResponse<String> ready = get(readiness);
            assertThat(ready == null ? -1 : ready.statusCode()).as("%s ready after the hostile run", service)
                    .isEqualTo(200);
        }
        assertThat(serverErrors).as("requests answered with a 5xx").isEmpty();
        undocumentedAnswers.stream().sorted().limit(40).forEach(answer -> System.out.println("[hostile] " + answer));
        assertThat(undocumentedAnswers).as("answers the OpenAPI documents do not list").isEmpty();
    }

    /**
     * A deliberately malformed request is still a request to a documented operation, and what it gets back is part of
     * the contract a client codes against: the 400 of an unparsable body ({@code malformed-body}), of a value that
     * breaks a rule ({@code invalid-input}), of a parameter that is not UTF-8 ({@code malformed-parameter}) or of a
     * path Tomcat cannot decode ({@code bad-request}), the gateway's 413 for a body over its limit and 414 for an
     * over-long address, 401/403 for the token sent — each is a problem the operation's document must list (as
     * {@code application/problem+json}, never an HTML page), so these answers
     * are held against the documents exactly like the other tests' answers ({@link ApiContract}). The one exception
     * is a request whose path no longer names any documented operation (a hostile path variable that the router reads
     * as another path): its answer belongs to no operation, and only the no-5xx rule applies to it.
     */
    private static void holdAgainstTheDocuments(HostileRequests.Request request, HttpResponse<String> response) {
        String method = request.operation().method();
        String path = URI.create(platform.gatewayUrl() + request.uri()).getRawPath();
        ApiContract contract = ApiContract.servedBy(platform.gatewayUrl());
        if (!path.startsWith("/api/") || !contract.documents(method, path)) {
            return;
        }
        try {
            contract.check(method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), !response.body().isEmpty());
        } catch (AssertionError undocumented) {
            undocumentedAnswers.add(undocumented.getMessage());
        }
    }

    private static HttpResponse<String> send(HostileRequests.Request request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + request.uri()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", request.language());
            if (request.token() != null) {
                builder.header("Authorization", "Bearer " + request.token());
            }
            byte[] body = request.body();
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            builder.method(request.operation().method(), body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // The gateway closing the connection (e.g. on an oversized request line) is an answer, not a 5xx.
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
