package id.infoloker.apicontract.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What counts as breaking, on a small document changed one way at a time. */
class BreakingChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String RELEASED = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/api/things": {
                 "get": {"operationId": "searchThings", "security": [],
                   "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                   "responses": {"200": {"description": "ok", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Page"}}}}}},
                 "post": {"operationId": "createThing", "security": [{"bearer": ["EMPLOYER"]}],
                   "requestBody": {"required": true, "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/NewThing"}}}},
                   "responses": {"201": {"description": "created"}}}}},
             "components": {"schemas": {
               "Page": {"type": "object", "required": ["items"], "properties": {
                 "items": {"type": "array", "items": {"type": "string"}},
                 "nextCursor": {"type": ["string", "null"]}}},
               "NewThing": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string"},
                 "kind": {"type": "string", "enum": ["A", "B"]}}}}}}
            """;

    @Test
    void theSameDocumentBreaksNothing() {
        assertThat(BreakingChanges.between(released(), released())).isEmpty();
    }

    @Test
    void additionsBreakNothing() {
        JsonNode current = changed(api -> {
            ((ObjectNode) api.at("/components/schemas/Page/properties")).putObject("total").put("type", "integer");
            ((ObjectNode) api.at("/components/schemas/NewThing/properties")).putObject("note").put("type", "string");
            ((ObjectNode) api.at("/paths")).putObject("/api/others").putObject("get").putObject("responses");
            ((ObjectNode) api.at("/paths/~1api~1things/get/responses")).putObject("304").put("description", "same");
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).isEmpty();
    }

    @Test
    void aRemovedOperationBreaks() {
        JsonNode current = changed(api -> {
            ((ObjectNode) api.at("/paths/~1api~1things")).remove("post");
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).singleElement().asString()
                .contains("POST /api/things", "removed");
    }

    @Test
    void aChangedSuccessStatusBreaks() {
        JsonNode current = changed(api -> {
            ObjectNode responses = (ObjectNode) api.at("/paths/~1api~1things/post/responses");
            responses.set("202", responses.remove("201"));
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).singleElement().asString().contains("201");
    }

    @Test
    void aNewRequiredInputBreaks() {
        JsonNode current = changed(api -> {
            ((ArrayNode) api.at("/components/schemas/NewThing/required")).add("kind");
            ((ObjectNode) api.at("/paths/~1api~1things/get/parameters/0")).put("required", true);
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).hasSize(2);
    }

    @Test
    void aRemovedOrOptionalResponsePropertyBreaks() {
        JsonNode current = changed(api -> {
            ((ObjectNode) api.at("/components/schemas/Page/properties")).remove("nextCursor");
            ((ObjectNode) api.at("/components/schemas/Page")).putArray("required");
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).hasSize(2);
    }

    @Test
    void aShrunkEnumOrAChangedTypeOfAnInputBreaks() {
        JsonNode current = changed(api -> {
            ((ObjectNode) api.at("/components/schemas/NewThing/properties/kind")).putArray("enum").add("A");
            ((ObjectNode) api.at("/paths/~1api~1things/get/parameters/0/schema")).put("type", "integer");
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).hasSize(2);
    }

    @Test
    void aPublicOperationNeedingATokenOrNarrowerRolesBreaks() {
        JsonNode current = changed(api -> {
            ((ObjectNode) api.at("/paths/~1api~1things/get")).putArray("security").addObject().putArray("bearer");
            ((ArrayNode) api.at("/paths/~1api~1things/post/security/0/bearer")).set(0, "ADMIN");
            return api;
        });
        assertThat(BreakingChanges.between(released(), current)).hasSize(2);
    }

    private static JsonNode released() {
        return JSON.readTree(RELEASED);
    }

    private static JsonNode changed(UnaryOperator<JsonNode> change) {
        return change.apply(released());
    }
}
