package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The edge cache (route filter EdgeCache on the vacancy and web routes): what it stores, for whom, and how long.
 */
class EdgeCacheTest extends GatewayIntegrationTest {

    private static final String SEARCH = "/api/vacancies";
    private static final String PUBLIC = "public, s-maxage=60, stale-while-revalidate=60";

    private static ResponseDefinitionBuilder answer(String cacheControl, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", cacheControl).withHeader("ETag", "\"v1\"").withBody(body);
    }

    private void vacancyAnswers(ResponseDefinitionBuilder response) {
        backends.vacancy.server().stubFor(get(urlPathEqualTo(SEARCH)).willReturn(response));
    }

    private int vacancyCalls(RequestPatternBuilder pattern) {
        return backends.vacancy.server().countRequestsMatching(pattern.build()).getCount();
    }

    private int searchCalls() {
        return vacancyCalls(getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    private String anonymousBody(String uri) {
        return gateway.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void aPublicAnswerIsServedFromTheCacheWithAgeAndTheServiceIsCalledOnce() {
        vacancyAnswers(answer(PUBLIC, "{\"items\":[1]}"));

        HttpHeaders miss = gateway.get().uri(SEARCH + "?q=operator").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Edge-Cache", "MISS")
                .expectBody().returnResult().getResponseHeaders();
        // Twice: the first hit is answered behind the security chain, later ones at the front (EdgeCacheFrontFilter);
        // both look the same, the gateway's security headers and a request id of their own included.
        for (int hits = 0; hits < 2; hits++) {
            HttpHeaders hit = gateway.get().uri(SEARCH + "?q=operator").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Edge-Cache", "HIT")
                    .expectHeader().valueEquals("Cache-Control", PUBLIC)
                    .expectHeader().valueEquals("ETag", miss.getETag())
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectBody(String.class).isEqualTo("{\"items\":[1]}")
                    .returnResult().getResponseHeaders();
            assertThat(hit.getFirst("X-Request-Id")).isNotBlank().isNotEqualTo(miss.getFirst("X-Request-Id"));
            assertThat(hit.get("X-Request-Id")).hasSize(1);
            assertThat(Long.parseLong(hit.getFirst(HttpHeaders.AGE))).isBetween(0L, 60L);
        }
        assertThat(searchCalls()).isEqualTo(1);
        // Another query is another key.
        anonymousBody(SEARCH + "?q=gudang");
        assertThat(searchCalls()).isEqualTo(2);
    }

    /** CVE-2026-59427: LocalResponseCache 5.0.4 stored "private, no-store" because it compared the whole value. */
    @ParameterizedTest
    @ValueSource(strings = {"private, no-store", "public, s-maxage=60, private", "no-store, public, s-maxage=60",
            "public, max-age=60, no-cache", "PUBLIC, S-MAXAGE=60,NO-STORE", "public", "public, s-maxage=0",
            "s-maxage=60"})
    void anAnswerThatIsNotPlainlyPublicIsNeverServedToAnotherClient(String cacheControl) {
        vacancyAnswers(answer(cacheControl, "{\"owner\":\"first client\"}"));

        anonymousBody(SEARCH);
        gateway.get().uri(SEARCH).exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Age")
                .expectHeader().valueEquals("X-Edge-Cache", "MISS");

        assertThat(searchCalls()).as(cacheControl).isEqualTo(2);
    }

    @Test
    void anAnswerThatSetsACookieIsNotStored() {
        vacancyAnswers(answer(PUBLIC, "{}").withHeader("Set-Cookie", "tracking=abc; Path=/"));

        anonymousBody(SEARCH);
        anonymousBody(SEARCH);

        assertThat(searchCalls()).isEqualTo(2);
    }

    @Test
    void onlyOkAnswersAreStored() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(404)
                .withHeader("Cache-Control", PUBLIC).withBody("{}")));

        gateway.get().uri(SEARCH).exchange().expectStatus().isNotFound();
        gateway.get().uri(SEARCH).exchange().expectStatus().isNotFound();

        assertThat(searchCalls()).isEqualTo(2);
    }

    @Test
    void requestsWithACookieOrAuthorizationBypassTheCacheBothWays() {
        vacancyAnswers(answer(PUBLIC, "{\"from\":\"service\"}"));
        anonymousBody(SEARCH); // stored

        String token = bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));
        gateway.get().uri(SEARCH).header("Authorization", token).exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("X-Edge-Cache");
        gateway.get().uri(SEARCH).cookie("lang", "en").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("X-Edge-Cache");
        // A portal session cookie (turned into a bearer token before routing) bypasses it too.
        gateway.get().uri(SEARCH).cookie("INFOLOKER_SESSION", "not-a-token").exchange()
                .expectHeader().doesNotExist("X-Edge-Cache");
        assertThat(searchCalls()).isEqualTo(4);

        // What a request with credentials or cookies got is not stored for anyone else.
        edgeCache.clear();
        gateway.get().uri(SEARCH + "?q=x").cookie("lang", "en").exchange().expectStatus().isOk();
        gateway.get().uri(SEARCH + "?q=x").header("Authorization", token).exchange().expectStatus().isOk();
        anonymousBody(SEARCH + "?q=x");
        assertThat(vacancyCalls(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("x"))))
                .isEqualTo(3);
    }

    @Test
    void aPortalPageAnsweredPubliclyIsStoredAndAPrivateOneIsNot() {
        backends.web.server().stubFor(get("/").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withHeader("Cache-Control", "public, max-age=60, s-maxage=60, stale-while-revalidate=300")
                .withHeader("Vary", "Accept-Language, Cookie")
                .withBody("<p>beranda</p>")));
        backends.web.server().stubFor(get("/status").willReturn(aResponse().withStatus(200)
                .withHeader("Cache-Control", "private, no-store").withBody("<p>status Siti</p>")));

        anonymousBody("/");
        anonymousBody("/");
        anonymousBody("/status");
        anonymousBody("/status");

        backends.web.server().verify(1, getRequestedFor(urlPathEqualTo("/")));
        backends.web.server().verify(2, getRequestedFor(urlPathEqualTo("/status")));
    }

    @Test
    void tenParallelMissesMakeOneCallToTheService() {
        vacancyAnswers(answer(PUBLIC, "{\"items\":[\"slow\"]}").withFixedDelay(500));
        WebClient client = WebClient.create("http://127.0.0.1:" + port);

        List<String> bodies = Flux.range(0, 10)
                .flatMap(i -> client.get().uri(SEARCH + "?q=stampede").retrieve().bodyToMono(String.class), 10)
                .collectList()
                .block(Duration.ofSeconds(15));

        assertThat(bodies).hasSize(10).containsOnly("{\"items\":[\"slow\"]}");
        assertThat(searchCalls()).isEqualTo(1);
    }

    @Test
    void tenParallelMissesOfAFailingServiceMakeOneCallAndAllGetItsStatusAtOnce() {
        vacancyAnswers(aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"code\":\"database-unavailable\"}").withFixedDelay(500));
        WebClient client = WebClient.create("http://127.0.0.1:" + port);

        List<Integer> statuses = Flux.range(0, 10)
                .flatMap(i -> client.get().uri(SEARCH + "?q=failing")
                        .exchangeToMono(response -> Mono.just(response.statusCode().value())), 10)
                .collectList()
                .block(Duration.ofSeconds(15));

        assertThat(statuses).hasSize(10).containsOnly(503);
        // The waiting requests did not call the service that had just failed for this address, one after the other
        // or all at once; the read retry repeats the leader's own call twice (502/503 are retried).
        assertThat(searchCalls()).isEqualTo(3);
    }

    @Test
    void aMatchingIfNoneMatchGets304FromTheCache() {
        vacancyAnswers(answer(PUBLIC, "{\"items\":[]}"));
        // The tag as the client sees it (the stand-in may compress and tag the compressed body "v1--gzip").
        String etag = gateway.get().uri(SEARCH).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        edgeCache.clear();
        backends.vacancy.server().resetRequests();

        // A miss: the service gets no conditional header (the cache needs the whole answer), the client its 304.
        gateway.get().uri(SEARCH).header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals("ETag", etag);
        backends.vacancy.server().verify(1, getRequestedFor(urlPathEqualTo(SEARCH))
                .withHeader("If-None-Match", absent()));

        // A hit, with the tag among others and compared weakly.
        gateway.get().uri(SEARCH).header("If-None-Match", "W/\"v0\", W/" + etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals("ETag", etag)
                .expectHeader().valueEquals("Cache-Control", PUBLIC)
                .expectHeader().exists("Age")
                .expectBody().isEmpty();
        gateway.get().uri(SEARCH).header("If-None-Match", "\"v0\"").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"items\":[]}");
        assertThat(searchCalls()).isEqualTo(1);
    }

    @Test
    void answersAreKeptPerValueOfTheHeadersTheyVaryOn() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo(SEARCH)).withHeader("Accept-Language", equalTo("en"))
                .willReturn(answer(PUBLIC, "english").withHeader("Vary", "Accept-Language")));
        backends.vacancy.server().stubFor(get(urlPathEqualTo(SEARCH)).withHeader("Accept-Language", equalTo("id"))
                .willReturn(answer(PUBLIC, "indonesia").withHeader("Vary", "Accept-Language")));

        for (int round = 0; round < 2; round++) {
            for (String language : new String[] {"id", "en"}) {
                String body = gateway.get().uri(SEARCH).header("Accept-Language", language).exchange()
                        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
                assertThat(body).isEqualTo(language.equals("en") ? "english" : "indonesia");
            }
        }
        assertThat(searchCalls()).isEqualTo(2);
    }

    @Test
    void anAnswerIsServedOnlyForItsSharedMaxAge() {
        vacancyAnswers(answer("public, max-age=600, s-maxage=1", "{}"));

        anonymousBody(SEARCH);
        anonymousBody(SEARCH);
        assertThat(searchCalls()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
            anonymousBody(SEARCH);
            return searchCalls() == 2;
        });
    }

    @Test
    void headAndOtherMethodsAreNotCached() {
        vacancyAnswers(answer(PUBLIC, "{}"));
        backends.vacancy.server().stubFor(WireMock.head(urlPathEqualTo(SEARCH)).willReturn(answer(PUBLIC, "")));

        gateway.head().uri(SEARCH).exchange().expectStatus().isOk();
        gateway.head().uri(SEARCH).exchange().expectStatus().isOk();

        backends.vacancy.server().verify(2, WireMock.headRequestedFor(urlPathEqualTo(SEARCH)));
    }
}
