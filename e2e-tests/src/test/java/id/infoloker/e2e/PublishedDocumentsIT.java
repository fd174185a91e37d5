package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI documents as a client team gets them: through the gateway, naming the gateway as their only server
 * (issue 15: never an internal service URL), and identical to the documents committed under
 * {@code api-contract/openapi} that the client is generated from and the compatibility check reads.
 */
class PublishedDocumentsIT {

    static Api api;

    @BeforeAll
    static void platform() {
        api = new Api(RunningPlatform.get().gatewayUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "vacancy", "verification", "notification"})
    void eachDocumentThroughTheGatewayNamesTheGatewayAsItsOnlyServer(String service) {
        Api.Response document = api.get("/v3/api-docs/" + service, null);

        assertThat(document.status()).isEqualTo(200);
        JsonNode servers = document.json().get("servers");
        assertThat(servers).as("servers of %s", service).hasSize(1);
        assertThat(servers.get(0).get("url").asString()).isEqualTo("/");
        assertThat(document.body()).as("no internal address in the %s document", service)
                .doesNotContain("localhost", "127.0.0.1", "-service:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "vacancy", "verification", "notification"})
    void eachDocumentThroughTheGatewayIsTheCommittedOne(String service) throws IOException {
        Api.Response document = api.get("/v3/api-docs/" + service, null);
        Path committed = Path.of("..", "api-contract", "openapi", service + ".json");

        assertThat(document.json()).as("served %s document vs %s", service, committed)
                .isEqualTo(Api.JSON.readTree(Files.readString(committed)));
    }
}
