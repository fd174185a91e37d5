package id.infoloker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.PublishedApiDocument;
import id.infoloker.testkit.TestTokensConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI document is the committed one (api-contract/openapi/notification.json) and tells the truth. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class PublishedApiDocumentTest extends ChannelStubs {

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        PublishedApiDocument.assertCommitted("notification", served());
    }

    @Test
    void deliveriesAreForAdministrators() throws Exception {
        JsonNode deliveries = JsonMapper.builder().build().readTree(served())
                .at("/paths/~1api~1notifications~1deliveries/get");

        assertThat(deliveries.at("/security/0/bearer/0").asString()).isEqualTo("ADMIN");
    }

    private String served() {
        return PublishedApiDocument.servedOn(port);
    }
}
