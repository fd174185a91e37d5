package id.infoloker.apicontract.lint;

import id.infoloker.apicontract.lint.Finding.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The rule severities: Redocly CLI's {@code recommended} ruleset for OpenAPI 3.1 (as published in Redocly CLI's
 * {@code packages/core/src/config/recommended.ts}, rules that are {@code off} there left out), overridden by the
 * {@code rules} of {@code redocly.yaml} — the same file {@code npx @redocly/cli lint} reads, so both agree.
 */
public final class LintConfiguration {

    static final Map<String, Severity> RECOMMENDED_OAS_3_1 = recommended();

    private final Map<String, Severity> rules;

    private LintConfiguration(Map<String, Severity> rules) {
        this.rules = rules;
    }

    public static LintConfiguration recommendedOnly() {
        return new LintConfiguration(RECOMMENDED_OAS_3_1);
    }

    @SuppressWarnings("unchecked")
    public static LintConfiguration read(Path redoclyYaml) throws IOException {
        Map<String, Severity> rules = new LinkedHashMap<>(RECOMMENDED_OAS_3_1);
        try (Reader reader = Files.newBufferedReader(redoclyYaml)) {
            Map<String, Object> yaml = new Yaml().load(reader);
            Object extendsList = yaml.get("extends");
            if (extendsList == null || !extendsList.toString().contains("recommended")) {
                throw new IllegalArgumentException(redoclyYaml + " must extend the recommended ruleset");
            }
            Map<String, Object> overrides = (Map<String, Object>) yaml.getOrDefault("rules", Map.of());
            overrides.forEach((rule, value) -> {
                Object severity = value instanceof Map<?, ?> options ? options.get("severity") : value;
                // YAML 1.1 (SnakeYAML) reads a bare `off` as false.
                String name = Boolean.FALSE.equals(severity) ? "off" : String.valueOf(severity);
                rules.put(rule, Severity.valueOf(name.toUpperCase(Locale.ROOT)));
            });
        }
        return new LintConfiguration(rules);
    }

    public Severity severityOf(String rule) {
        return rules.getOrDefault(rule, Severity.OFF);
    }

    private static Map<String, Severity> recommended() {
        Map<String, Severity> rules = new LinkedHashMap<>();
        for (String rule : new String[] {"struct", "no-unresolved-refs", "no-empty-servers", "no-enum-type-mismatch",
            "no-example-value-and-externalValue", "no-identical-paths", "no-path-trailing-slash",
            "no-schema-type-mismatch", "no-server-trailing-slash", "no-server-variables-empty-enum",
            "no-undefined-server-variable", "operation-operationId-unique", "operation-operationId-url-safe",
            "operation-parameters-unique", "operation-summary", "path-declaration-must-exist",
            "path-not-include-query", "path-parameters-defined", "security-defined",
            "spec-components-invalid-map-name"}) {
            rules.put(rule, Severity.ERROR);
        }
        for (String rule : new String[] {"info-license", "info-license-strict", "no-ambiguous-paths",
            "no-duplicated-tag-names", "no-invalid-media-type-examples", "no-invalid-parameter-examples",
            "no-invalid-schema-examples", "no-mixed-number-range-constraints",
            "no-required-schema-properties-undefined", "no-server-example.com", "no-unused-components",
            "operation-2xx-response", "operation-4xx-response", "operation-operationId", "tag-description"}) {
            rules.put(rule, Severity.WARN);
        }
        return Map.copyOf(rules);
    }
}
