package id.infoloker.apicontract.lint;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks an example against its schema with the JSON Schema keywords our documents use ({@code $ref}, {@code type}
 * including 3.1's type lists, {@code enum}, {@code const}, {@code required}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code allOf}/{@code anyOf}/{@code oneOf}, numeric and length bounds).
 * Formats are not asserted, as in Redocly's default.
 */
final class ExampleValidator {

    private final JsonNode document;

    ExampleValidator(JsonNode document) {
        this.document = document;
    }

    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "", found, 0);
        return found;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 32) {
            return;
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asString()), value, at, found, depth + 1);
        }
        JsonNode type = schema.get("type");
        if (type != null) {
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asString()));
            } else {
                types.add(type.asString());
            }
            if (types.stream().noneMatch(t -> matches(t, value))) {
                found.add(where(at) + " is not of type " + types);
                return;
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(where(at) + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(where(at) + " is not " + schema.get("const"));
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asString())) {
                    found.add(where(at) + " lacks required property " + required.asString());
                }
            }
            JsonNode properties = schema.path("properties");
            for (String name : value.propertyNames()) {
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), at + "/" + name, found, depth + 1);
                } else if (schema.has("additionalProperties")) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional.isBoolean() && !additional.asBoolean()) {
                        found.add(where(at) + " has unexpected property " + name);
                    } else if (additional.isObject()) {
                        check(additional, value.get(name), at + "/" + name, found, depth + 1);
                    }
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, found, depth + 1);
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                found.add(where(at) + " is below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                found.add(where(at) + " is above " + schema.get("maximum"));
            }
        }
        if (value.isString()) {
            int length = value.asString().codePointCount(0, value.asString().length());
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                found.add(where(at) + " is shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                found.add(where(at) + " is longer than " + schema.get("maxLength"));
            }
        }
        for (JsonNode member : schema.path("allOf")) {
            check(member, value, at, found, depth + 1);
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.has(choice)) {
                boolean any = false;
                for (JsonNode member : schema.get(choice)) {
                    any |= violations(member, value).isEmpty();
                }
                if (!any) {
                    found.add(where(at) + " matches none of " + choice);
                }
            }
        }
    }

    JsonNode resolve(String ref) {
        return ref.startsWith("#") ? document.at(ref.substring(1)) : null;
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String where(String at) {
        return at.isEmpty() ? "the example" : "the example's " + at;
    }
}
