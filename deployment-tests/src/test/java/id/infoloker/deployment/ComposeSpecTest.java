package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml follows the Compose specification's JSON Schema (vendored under src/test/resources/schemas/,
 * draft-07 as it declares): a misspelt service key, which older Compose versions ignored, fails here.
 */
class ComposeSpecTest {

    private static SchemaValidator spec;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void loadSpecification() throws IOException {
        Map<String, Object> schema = JsonMapper.builder().build().readValue(Files.readString(
                CustomResourceSchemas.resource("schemas/compose-spec-170098b").resolve("compose-spec.json")), Map.class);
        spec = new SchemaValidator(schema, SchemaValidator.Dialect.JSON_SCHEMA_DRAFT_07);
    }

    @Test
    void dockerComposeYmlFollowsTheComposeSpecification() throws IOException {
        assertThat(spec.validate(Repository.compose())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownServiceKeyOrAWrongValueIsNamedWithItsPath() throws IOException {
        Map<String, Object> compose = Repository.compose();
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> gateway = services.get("gateway");
        gateway.put("helthcheck", gateway.remove("healthcheck"));
        Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) gateway.get("depends_on");
        String dependency = dependsOn.keySet().iterator().next();
        dependsOn.get(dependency).put("condition", "service_ready");

        List<String> errors = spec.validate(compose);

        assertThat(errors).hasSize(2).contains("services.gateway.helthcheck: unknown field");
        // depends_on is a list or a map of conditions (oneOf): the message names both alternatives' complaints.
        assertThat(errors).anySatisfy(error -> assertThat(error)
                .startsWith("services.gateway.depends_on: matches none of the oneOf alternatives")
                .contains("services.gateway.depends_on." + dependency + ".condition: must be one of "
                        + "[service_started, service_healthy, service_completed_successfully], found string "
                        + "\"service_ready\""));
    }
}
