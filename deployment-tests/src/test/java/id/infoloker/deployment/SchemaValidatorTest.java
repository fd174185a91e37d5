package id.infoloker.deployment;

import static id.infoloker.deployment.SchemaValidator.Dialect.JSON_SCHEMA_DRAFT_07;
import static id.infoloker.deployment.SchemaValidator.Dialect.KUBERNETES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Kubernetes rules that differ from plain JSON Schema, each shown on a small schema. */
class SchemaValidatorTest {

    /** Strimzi's shape: an env var has value or valueFrom (oneOf); config keeps whatever it is given. */
    private static final String STRIMZI_LIKE = """
            type: object
            properties:
              env:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [name]
                items:
                  type: object
                  properties:
                    name: {type: string}
                    value: {type: string}
                    valueFrom:
                      type: object
                      properties:
                        secretKeyRef: {type: object, properties: {name: {type: string}, key: {type: string}}}
                  oneOf:
                    - properties: {value: {}}
                      required: [value]
                    - properties: {valueFrom: {}}
                      required: [valueFrom]
              config:
                type: object
                x-kubernetes-preserve-unknown-fields: true
              selector:
                type: object
              port:
                x-kubernetes-int-or-string: true
                anyOf: [{type: integer}, {type: string}]
            """;

    @Test
    void branchesOfOneOfConstrainValuesButRejectNoField() {
        List<String> errors = validate(STRIMZI_LIKE, KUBERNETES, """
                env:
                  - {name: A, value: "1"}
                  - {name: B, valueFrom: {secretKeyRef: {name: s, key: k}}}
                  - {name: C, value: "1", valueFrom: {secretKeyRef: {name: s, key: k}}}
                  - {name: A, valu: "1"}
                config: {any.key: 1, nested: {whatever: true}}
                port: http
                """);

        assertThat(errors).containsExactlyInAnyOrder(
                "env[2]: matches 2 oneOf alternatives, exactly one allowed",
                "env[3].valu: unknown field",
                "env[3]: matches none of the oneOf alternatives [env[3]: missing required field 'value', "
                        + "env[3]: missing required field 'valueFrom']",
                "env: two entries with name=A");
    }

    @Test
    void anObjectWithoutPropertiesKeepsNothingInKubernetesButEverythingInJsonSchema() {
        String yaml = "selector: {matchLabels: {app: a}}\nport: true";

        assertThat(validate(STRIMZI_LIKE, KUBERNETES, yaml)).containsExactly(
                "selector.matchLabels: unknown field",
                "port: expected integer or string, found boolean true");
        assertThat(validate("""
                $schema: https://json-schema.org/draft-07/schema
                type: object
                properties:
                  selector: {type: object}
                """, JSON_SCHEMA_DRAFT_07, yaml)).isEmpty();
    }

    @Test
    void aKeywordTheValidatorDoesNotImplementFailsWhenTheSchemaIsLoaded() {
        assertThatThrownBy(() -> new SchemaValidator(yaml("""
                type: object
                properties:
                  deep: {type: object, properties: {name: {type: string, x-kubernetes-embedded-resource: true}}}
                """), KUBERNETES))
                .hasMessageContaining("'x-kubernetes-embedded-resource' (at .deep.name) is not implemented");
        assertThatThrownBy(() -> new SchemaValidator(yaml("$schema: https://json-schema.org/draft/2020-12/schema"),
                JSON_SCHEMA_DRAFT_07)).hasMessageContaining("implements JSON Schema draft-07");
    }

    private static List<String> validate(String schema, SchemaValidator.Dialect dialect, String value) {
        return new SchemaValidator(yaml(schema), dialect).validate(yaml(value));
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
