package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.PublishedApiDocument;
import id.infoloker.testkit.TestTokensConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI document is the committed one (api-contract/openapi/verification.json) and tells the truth. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class PublishedApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        PublishedApiDocument.assertCommitted("verification", served());
    }

    @Test
    void theOwnersStatusNeedsOnlyAToken() throws Exception {
        JsonNode me = JsonMapper.builder().build().readTree(served()).at("/paths/~1api~1verification~1me/get");

        assertThat(me.at("/security/0/bearer")).isEmpty();
        assertThat(me.get("responses").propertyNames()).contains("200", "401", "404").doesNotContain("403");
    }

    private String served() {
        return PublishedApiDocument.servedOn(port);
    }
}
