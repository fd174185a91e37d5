package id.infoloker.apicontract.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents as they are now (openapi/) keep every promise of the previous release's (previous-release/): apps
 * built against that release keep working. A breaking change ships as a new path or media-type version next to the
 * old one, which is deprecated with a Sunset date (docs/api.md, "Versioning and deprecation").
 */
class BackwardCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"account", "vacancy", "verification", "notification"})
    void theCurrentDocumentKeepsThePreviousReleasesPromises(String service) throws Exception {
        JsonNode previous = JSON.readTree(Files.readString(Path.of("previous-release", service + ".json")));
        JsonNode current = JSON.readTree(Files.readString(Path.of("openapi", service + ".json")));

        assertThat(BreakingChanges.between(previous, current)).isEmpty();
    }
}
