package id.infoloker.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.PublishedApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI document is the committed one (api-contract/openapi/account.json) and tells the truth. */
@AccountServiceIntegrationTest
class PublishedApiDocumentTest {

    @Autowired
    WebTestClient http;

    @Test
    void theServedDocumentIsTheCommittedOne() {
        PublishedApiDocument.assertCommitted("account", served());
    }

    @Test
    void registrationIsDocumentedAsAcceptedOrRefusedWithProblems() {
        JsonNode registration = JsonMapper.builder().build().readTree(served())
                .at("/paths/~1api~1accounts~1job-seekers/post");

        assertThat(registration.get("operationId").asString()).isEqualTo("registerJobSeeker");
        assertThat(registration.get("security")).isEmpty();
        assertThat(registration.get("responses").propertyNames()).contains("202", "400", "409")
                .doesNotContain("200");
        assertThat(registration.at("/responses/409/content/application~1problem+json/examples").propertyNames())
                .contains("already-registered");
        assertThat(registration.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void operationsNeedingARoleSayWhich() {
        JsonNode staff = JsonMapper.builder().build().readTree(served()).at("/paths/~1api~1accounts~1staff/post");

        assertThat(staff.at("/security/0/bearer/0").asString()).isEqualTo("ADMIN");
        assertThat(staff.get("responses").propertyNames()).contains("401", "403");
    }

    private String served() {
        return http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
