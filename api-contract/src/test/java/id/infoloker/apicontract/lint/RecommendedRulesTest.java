package id.infoloker.apicontract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule finds what it is there for, in the smallest document that breaks it, and a clean document passes. */
class RecommendedRulesTest {

    private static final String CLEAN = """
            {"openapi": "3.1.0",
             "info": {"title": "t", "version": "1", "license": {"name": "MIT", "identifier": "MIT"}},
             "servers": [{"url": "/"}],
             "security": [{"bearer": []}],
             "tags": [{"name": "things", "description": "Things."}],
             "paths": {
               "/things/{id}": {"get": {"operationId": "readThing", "summary": "Read a thing", "tags": ["things"],
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {
                   "200": {"description": "ok", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Thing"},
                     "examples": {"one": {"value": {"name": "x"}}}}}},
                   "404": {"description": "not found"}}}}},
             "components": {
               "schemas": {"Thing": {"type": "object", "required": ["name"],
                                     "properties": {"name": {"type": "string"}}}},
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
            """;

    private final RecommendedRules rules = new RecommendedRules(LintConfiguration.recommendedOnly());

    @Test
    void aCleanDocumentHasNoFinding() {
        assertThat(rules.lint(CLEAN)).isEmpty();
    }

    @Test
    void anOperationWithoutSummaryIsAnError() {
        assertThat(rulesBroken(CLEAN.replace("\"summary\": \"Read a thing\", ", ""))).contains("operation-summary");
    }

    @Test
    void anOperationWithoutAFourHundredIsAWarning() {
        List<Finding> findings = rules.lint(CLEAN.replace("\"404\": {\"description\": \"not found\"}",
                "\"304\": {\"description\": \"not modified\"}"));
        assertThat(findings).extracting(Finding::rule).contains("operation-4xx-response");
        assertThat(findings).extracting(Finding::severity).contains(Finding.Severity.WARN);
    }

    @Test
    void identicalAndAmbiguousPathsAreFound() {
        String twoPaths = CLEAN.replace("\"paths\": {", """
                "paths": {
                  "/things/{name}": {"post": {"operationId": "renameThing", "summary": "Rename",
                    "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {"204": {"description": "ok"}, "400": {"description": "bad"}}}},
                """);
        assertThat(rulesBroken(twoPaths)).contains("no-identical-paths");
        assertThat(RecommendedRules.ambiguous("/a/{x}/b", "/a/c/{y}")).isTrue();
        assertThat(RecommendedRules.ambiguous("/a/me", "/a/{id}")).isFalse();
    }

    @Test
    void aPathVariableWithoutParameterIsFound() {
        assertThat(rulesBroken(CLEAN.replace("\"name\": \"id\", \"in\": \"path\"", "\"name\": \"key\", \"in\": \"path\"")))
                .contains("path-parameters-defined");
    }

    @Test
    void anExampleThatContradictsItsSchemaIsFound() {
        assertThat(rulesBroken(CLEAN.replace("{\"value\": {\"name\": \"x\"}}", "{\"value\": {\"name\": 7}}")))
                .contains("no-invalid-media-type-examples");
        assertThat(rulesBroken(CLEAN.replace("{\"value\": {\"name\": \"x\"}}", "{\"value\": {}}")))
                .contains("no-invalid-media-type-examples");
    }

    @Test
    void anUndefinedSecuritySchemeAndAnUnresolvedReferenceAreFound() {
        assertThat(rulesBroken(CLEAN.replace("[{\"bearer\": []}]", "[{\"oauth\": []}]")))
                .contains("security-defined");
        assertThat(rulesBroken(CLEAN.replace("#/components/schemas/Thing\"", "#/components/schemas/Nothing\"")))
                .contains("no-unresolved-refs");
    }

    @Test
    void serversMustExistAndNotEndInASlash() {
        assertThat(rulesBroken(CLEAN.replace("[{\"url\": \"/\"}]", "[]"))).contains("no-empty-servers");
        assertThat(rulesBroken(CLEAN.replace("[{\"url\": \"/\"}]", "[{\"url\": \"https://example.com/\"}]")))
                .contains("no-server-trailing-slash", "no-server-example.com");
    }

    @Test
    void unusedComponentsAndUndescribedTagsAreFound() {
        String extra = CLEAN.replace("\"schemas\": {", "\"schemas\": {\"Unused\": {\"type\": \"string\"}, ")
                .replace("\"description\": \"Things.\"", "\"description\": \"\"");
        assertThat(rulesBroken(extra)).contains("no-unused-components", "tag-description");
    }

    @Test
    void requiredPropertiesMustBeDefinedAndEnumsMatchTheirType() {
        String broken = CLEAN.replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"colour\"]")
                .replace("\"name\": {\"type\": \"string\"}", "\"name\": {\"type\": \"string\", \"enum\": [\"a\", 1]}");
        assertThat(rulesBroken(broken)).contains("no-required-schema-properties-undefined", "no-enum-type-mismatch");
    }

    @Test
    void duplicateOperationIdsAreFound() {
        String twice = CLEAN.replace("\"paths\": {", """
                "paths": {
                  "/others": {"get": {"operationId": "readThing", "summary": "Read others",
                    "responses": {"200": {"description": "ok"}, "400": {"description": "bad"}}}},
                """);
        assertThat(rulesBroken(twice)).contains("operation-operationId-unique");
    }

    @Test
    void aSwitchedOffRuleReportsNothing() throws Exception {
        java.nio.file.Path config = java.nio.file.Files.createTempFile("redocly", ".yaml");
        java.nio.file.Files.writeString(config, "extends:\n  - recommended\nrules:\n  operation-summary: off\n");
        RecommendedRules configured = new RecommendedRules(LintConfiguration.read(config));

        assertThat(configured.lint(CLEAN.replace("\"summary\": \"Read a thing\", ", ""))).isEmpty();
    }

    private List<String> rulesBroken(String document) {
        return rules.lint(document).stream().map(Finding::rule).toList();
    }
}
