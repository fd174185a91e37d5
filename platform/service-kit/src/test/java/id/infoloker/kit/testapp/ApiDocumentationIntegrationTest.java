package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the kit puts into every service's OpenAPI document, and the deprecation headers it sends. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ApiDocumentationIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aDeprecatedOperationAnswersWithDeprecationSunsetAndSuccessorLink() throws Exception {
        HttpResponse<String> answer = get("/api/test/old-greeting");

        assertThat(answer.statusCode()).isEqualTo(200);
        long since = LocalDate.parse("2026-12-01").atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        assertThat(answer.headers().firstValue("Deprecation")).hasValue("@" + since);
        assertThat(answer.headers().firstValue("Sunset")).hasValue("Tue, 1 Jun 2027 00:00:00 GMT");
        assertThat(answer.headers().allValues("Link"))
                .contains("</api/test/greeting>; rel=\"successor-version\"");
    }

    @Test
    void anOperationThatIsNotDeprecatedSendsNoDeprecationHeader() throws Exception {
        assertThat(get("/api/test/conflict").headers().firstValue("Deprecation")).isEmpty();
    }

    @Test
    void theDocumentNamesTheGatewayTheBearerSchemeAndTheProblemSchema() throws Exception {
        JsonNode document = document();

        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/schemas/Problem/required").toString()).contains("code");
        assertThat(document.at("/paths/~1api~1test~1old-greeting/get/deprecated").asBoolean()).isTrue();
    }

    @Test
    void publicOperationsNeedNoTokenAndEveryOperationDocumentsItsProblems() throws Exception {
        JsonNode document = document();
        JsonNode registration = document.at("/paths/~1api~1test~1registrations/post");

        assertThat(registration.get("security")).isEmpty();
        assertThat(registration.at("/responses/400/$ref").asString()).isEqualTo("#/components/responses/InvalidBody");
        assertThat(document.at("/components/responses/InvalidBody/content/application~1problem+json/examples")
                .propertyNames()).containsExactlyInAnyOrder("invalid-input", "malformed-body", "malformed-parameter");
        assertThat(registration.at("/responses/401/$ref").asString())
                .as("a public operation still refuses a token that is not valid")
                .isEqualTo("#/components/responses/Unauthorized");
        assertThat(registration.at("/responses/414/$ref").asString()).isEqualTo("#/components/responses/UriTooLong");
        assertThat(registration.at("/responses/503/$ref").asString())
                .isEqualTo("#/components/responses/ServiceUnavailable");
        assertThat(document.at("/components/responses/ServiceUnavailable/headers/Retry-After/$ref").asString())
                .isEqualTo("#/components/headers/RetryAfter");
    }

    @Test
    void jsonTreesAreFreeFormObjectsAndInternalEndpointsAreLeftOut() throws Exception {
        JsonNode document = document();

        assertThat(document.at("/components/schemas/WithTree/properties/details/description").asString())
                .isEqualTo("Free-form JSON.");
        assertThat(document.at("/components/schemas").propertyNames()).doesNotContain("JsonNode");
        assertThat(document.get("paths").propertyNames()).noneMatch(path -> path.startsWith("/internal/"));
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> answer = get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(answer.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
