package id.infoloker.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.PublishedApiDocument;
import id.infoloker.testkit.TestTokensConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI document is the committed one (api-contract/openapi/vacancy.json) and tells the truth. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class PublishedApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        PublishedApiDocument.assertCommitted("vacancy", served());
    }

    @Test
    void searchIsPublicAndDescribesItsCursor() throws Exception {
        JsonNode search = JsonMapper.builder().build().readTree(served()).at("/paths/~1api~1vacancies/get");

        assertThat(search.get("security")).isEmpty();
        assertThat(search.get("parameters").findValuesAsString("name")).contains("cursor", "size");
        assertThat(search.at("/responses/400/content/application~1problem+json/examples").propertyNames())
                .contains("invalid-cursor", "invalid-input");
    }

    @Test
    void applyingNeedsAJobSeeker() throws Exception {
        JsonNode apply = JsonMapper.builder().build().readTree(served())
                .at("/paths/~1api~1vacancies~1{vacancyId}~1applications/post");

        assertThat(apply.at("/security/0/bearer/0").asString()).isEqualTo("JOB_SEEKER");
        assertThat(apply.get("responses").propertyNames()).contains("201", "401", "403", "409");
    }

    private String served() {
        return PublishedApiDocument.servedOn(port);
    }
}
