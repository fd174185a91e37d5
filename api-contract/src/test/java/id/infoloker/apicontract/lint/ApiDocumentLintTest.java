package id.infoloker.apicontract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published documents pass Redocly's recommended ruleset as configured in redocly.yaml: no error, no warning. */
class ApiDocumentLintTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"account", "vacancy", "verification", "notification"})
    void thePublishedDocumentPassesTheRecommendedRules(String service) throws Exception {
        RecommendedRules rules = new RecommendedRules(LintConfiguration.read(Path.of("redocly.yaml")));

        assertThat(rules.lint(Files.readString(Path.of("openapi", service + ".json")))).isEmpty();
    }
}
