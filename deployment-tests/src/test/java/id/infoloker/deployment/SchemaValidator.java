package id.infoloker.deployment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a parsed YAML/JSON value against a vendored schema and names each violation as {@code path: rule}.
 *
 * <p>Written here rather than taken from a JSON Schema library, because a CRD's {@code openAPIV3Schema} is a Kubernetes
 * structural schema, not JSON Schema: the API server drops every field an object schema does not list unless
 * {@code x-kubernetes-preserve-unknown-fields} says otherwise (that silent drop is what this check turns into an
 * error, like {@code kubeconform -strict}); {@code x-kubernetes-int-or-string} stands in for {@code type}; and the
 * {@code properties} inside {@code oneOf}/{@code anyOf} branches only constrain values, they must not make a branch
 * reject the fields of its siblings. A library would need every schema rewritten first (additionalProperties injected
 * everywhere but in the branches, int-or-string turned into types) and its messages translated back; that is as much
 * code as these checks. The vendored schemas use the few keywords below; a schema with any other keyword is refused
 * when it is loaded instead of being half-checked.
 */
final class SchemaValidator {

    enum Dialect {
        /** A CRD's openAPIV3Schema: an object schema rejects fields it does not list, as the API server drops them. */
        KUBERNETES,
        /** JSON Schema draft-07 (the Compose specification): fields are rejected only by additionalProperties: false. */
        JSON_SCHEMA_DRAFT_07
    }

    private static final Set<String> CHECKED = Set.of("type", "properties", "additionalProperties",
            "patternProperties", "required", "items", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength",
            "minItems", "maxItems", "uniqueItems", "oneOf", "anyOf", "$ref", "nullable", "x-kubernetes-int-or-string",
            "x-kubernetes-preserve-unknown-fields", "x-kubernetes-list-type", "x-kubernetes-list-map-keys");

    /**
     * Keywords that do not constrain a value (documentation, defaults, server-side-apply merge hints) and two that
     * are deliberately left out: {@code format} (the API server checks only a few formats, loosely; none of ours
     * matters) and {@code x-kubernetes-validations} (CEL rules need a CEL engine; the API server still applies them).
     */
    private static final Set<String> NOT_CHECKED = Set.of("description", "title", "default", "example", "deprecated",
            "$schema", "$id", "definitions", "format", "x-kubernetes-map-type", "x-kubernetes-validations");

    private final Map<String, Object> root;
    private final Dialect dialect;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    SchemaValidator(Map<String, Object> root, Dialect dialect) {
        if (dialect == Dialect.JSON_SCHEMA_DRAFT_07
                && !String.valueOf(root.get("$schema")).matches("https?://json-schema.org/draft-07/schema#?")) {
            throw new IllegalArgumentException("This validator implements JSON Schema draft-07; the schema declares "
                    + root.get("$schema"));
        }
        this.root = root;
        this.dialect = dialect;
        vet(root, "");
    }

    /**
     * Fails on a keyword this class does not implement and compiles every pattern, anywhere in the schema (not only
     * where today's manifests lead), so vendoring a newer schema cannot quietly be checked less.
     */
    private void vet(Object node, String where) {
        if (!(node instanceof Map<?, ?> schema)) {
            return;
        }
        for (Map.Entry<?, ?> entry : schema.entrySet()) {
            String keyword = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (!CHECKED.contains(keyword) && !NOT_CHECKED.contains(keyword)) {
                throw new IllegalStateException("Schema keyword '" + keyword + "' (at " + where(where)
                        + ") is not implemented by " + SchemaValidator.class.getSimpleName());
            }
            switch (keyword) {
                case "properties", "patternProperties", "definitions" -> schemaMap(value).forEach((name, child) -> {
                    if (keyword.equals("patternProperties")) {
                        pattern(name);
                    }
                    vet(child, where + "." + name);
                });
                case "items" -> {
                    if (!(value instanceof Map)) {
                        throw new IllegalStateException("Tuple 'items' (at " + where(where) + ") is not implemented");
                    }
                    vet(value, where + "[]");
                }
                case "additionalProperties" -> vet(value, where + ".*");
                case "oneOf", "anyOf" -> ((List<?>) value).forEach(branch -> vet(branch, where + "|" + keyword));
                case "pattern" -> pattern((String) value);
                case "$ref" -> {
                    if (!((String) value).startsWith("#/")) {
                        throw new IllegalStateException("Only local $ref is implemented, found " + value);
                    }
                }
                default -> {
                }
            }
        }
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, Pattern::compile);
    }

    /** Every violation as "path: rule"; empty when the value conforms. */
    List<String> validate(Object value) {
        List<String> errors = new ArrayList<>();
        check(value, root, "", true, errors);
        return errors;
    }

    /**
     * @param structural false inside oneOf/anyOf branches of a Kubernetes schema: their {@code properties} only carry
     *                   value validations, so they reject no field
     */
    private void check(Object value, Map<String, Object> schema, String path, boolean structural, List<String> errors) {
        if (schema.containsKey("$ref")) {
            // Draft-07: a $ref replaces its sibling keywords.
            check(value, resolve((String) schema.get("$ref")), path, structural, errors);
            return;
        }
        if (!hasAllowedType(value, schema)) {
            errors.add(where(path) + ": expected " + expectedType(schema) + ", found " + describe(value));
            return;
        }
        if (value == null) {
            return;
        }
        if (schema.get("enum") instanceof List<?> allowed
                && allowed.stream().noneMatch(option -> canonical(option).equals(canonical(value)))) {
            errors.add(where(path) + ": must be one of " + allowed + ", found " + describe(value));
        }
        if (value instanceof String text) {
            checkString(text, schema, path, errors);
        } else if (value instanceof Number number) {
            checkNumber(number, schema, path, errors);
        } else if (value instanceof Map<?, ?> object) {
            checkObject(object, schema, path, structural, errors);
        } else if (value instanceof List<?> list) {
            checkList(list, schema, path, structural, errors);
        }
        checkAlternatives(value, schema, "oneOf", path, structural, errors);
        checkAlternatives(value, schema, "anyOf", path, structural, errors);
    }

    private boolean hasAllowedType(Object value, Map<String, Object> schema) {
        if (value == null) {
            return dialect == Dialect.KUBERNETES ? Boolean.TRUE.equals(schema.get("nullable"))
                    : !schema.containsKey("type") || types(schema).contains("null");
        }
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            return isInteger(value) || value instanceof String;
        }
        return !schema.containsKey("type") || types(schema).stream().anyMatch(type -> switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "integer" -> isInteger(value);
            case "number" -> value instanceof Number;
            case "null" -> false;
            default -> throw new IllegalStateException("Unknown schema type " + type);
        });
    }

    private void checkString(String text, Map<String, Object> schema, String path, List<String> errors) {
        if (schema.get("pattern") instanceof String regex
                && !pattern(regex).matcher(text).find()) {
            errors.add(where(path) + ": \"" + text + "\" does not match pattern " + regex);
        }
        int length = text.codePointCount(0, text.length());
        if (schema.get("minLength") instanceof Number min && length < min.intValue()) {
            errors.add(where(path) + ": shorter than minLength " + min);
        }
        if (schema.get("maxLength") instanceof Number max && length > max.intValue()) {
            errors.add(where(path) + ": longer than maxLength " + max);
        }
    }

    private void checkNumber(Number number, Map<String, Object> schema, String path, List<String> errors) {
        BigDecimal actual = decimal(number);
        if (schema.get("minimum") instanceof Number min && actual.compareTo(decimal(min)) < 0) {
            errors.add(where(path) + ": " + number + " is below minimum " + min);
        }
        if (schema.get("maximum") instanceof Number max && actual.compareTo(decimal(max)) > 0) {
            errors.add(where(path) + ": " + number + " is above maximum " + max);
        }
    }

    private void checkObject(Map<?, ?> object, Map<String, Object> schema, String path, boolean structural,
            List<String> errors) {
        Map<String, Object> properties = schemaMap(schema.get("properties"));
        Map<String, Object> patternProperties = schemaMap(schema.get("patternProperties"));
        Object additional = schema.get("additionalProperties");
        boolean rejectsUnlisted = Boolean.FALSE.equals(additional)
                || dialect == Dialect.KUBERNETES && structural && additional == null
                && !Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
        if (schema.get("required") instanceof List<?> required) {
            required.stream().filter(name -> !object.containsKey(name))
                    .forEach(name -> errors.add(where(path) + ": missing required field '" + name + "'"));
        }
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (dialect == Dialect.KUBERNETES && path.isEmpty() && key.equals("metadata")) {
                continue; // the API server validates it as ObjectMeta, whatever the CRD says (StrictModelsTest does too)
            }
            String child = child(path, key);
            boolean listed = false;
            if (properties.containsKey(key)) {
                check(entry.getValue(), schemaMap(properties.get(key)), child, structural, errors);
                listed = true;
            }
            for (Map.Entry<String, Object> pattern : patternProperties.entrySet()) {
                if (pattern(pattern.getKey()).matcher(key).find()) {
                    check(entry.getValue(), schemaMap(pattern.getValue()), child, structural, errors);
                    listed = true;
                }
            }
            if (listed) {
                continue;
            }
            if (additional instanceof Map<?, ?>) {
                check(entry.getValue(), schemaMap(additional), child, structural, errors);
            } else if (rejectsUnlisted) {
                errors.add(child + ": unknown field");
            }
        }
    }

    private void checkList(List<?> list, Map<String, Object> schema, String path, boolean structural,
            List<String> errors) {
        if (schema.get("items") instanceof Map<?, ?> items) {
            for (int index = 0; index < list.size(); index++) {
                check(list.get(index), schemaMap(items), path + "[" + index + "]", structural, errors);
            }
        }
        if (schema.get("minItems") instanceof Number min && list.size() < min.intValue()) {
            errors.add(where(path) + ": fewer than minItems " + min);
        }
        if (schema.get("maxItems") instanceof Number max && list.size() > max.intValue()) {
            errors.add(where(path) + ": more than maxItems " + max);
        }
        String listType = (String) schema.get("x-kubernetes-list-type");
        if (Boolean.TRUE.equals(schema.get("uniqueItems")) || "set".equals(listType)) {
            duplicates(list.stream().map(SchemaValidator::canonical).toList())
                    .forEach(item -> errors.add(where(path) + ": duplicate item " + item));
        }
        if ("map".equals(listType) && schema.get("x-kubernetes-list-map-keys") instanceof List<?> keys) {
            // The API server merges such a list by these keys: two entries with the same keys cannot both exist.
            duplicates(list.stream().map(item -> item instanceof Map<?, ?> entry
                    ? keys.stream().map(key -> key + "=" + entry.get(key)).collect(Collectors.joining(","))
                    : String.valueOf(item)).toList())
                    .forEach(key -> errors.add(where(path) + ": two entries with " + key));
        }
    }

    private void checkAlternatives(Object value, Map<String, Object> schema, String keyword, String path,
            boolean structural, List<String> errors) {
        if (!(schema.get(keyword) instanceof List<?> alternatives)) {
            return;
        }
        boolean branchStructural = dialect == Dialect.JSON_SCHEMA_DRAFT_07 && structural;
        List<String> failures = new ArrayList<>();
        int matching = 0;
        for (Object alternative : alternatives) {
            List<String> branchErrors = new ArrayList<>();
            check(value, schemaMap(alternative), path, branchStructural, branchErrors);
            if (branchErrors.isEmpty()) {
                matching++;
            } else {
                failures.add(String.join("; ", branchErrors));
            }
        }
        if (matching == 0) {
            errors.add(where(path) + ": matches none of the " + keyword + " alternatives " + failures);
        } else if ("oneOf".equals(keyword) && matching > 1) {
            errors.add(where(path) + ": matches " + matching + " oneOf alternatives, exactly one allowed");
        }
    }

    /** A local reference ("#/definitions/service"), the only kind the vendored schemas use. */
    private Map<String, Object> resolve(String reference) {
        Object node = root;
        for (String token : reference.substring(2).split("/")) {
            node = ((Map<?, ?>) node).get(token.replace("~1", "/").replace("~0", "~"));
        }
        return schemaMap(Objects.requireNonNull(node, () -> "Unresolved $ref " + reference));
    }

    private static List<String> types(Map<String, Object> schema) {
        Object type = schema.get("type");
        return type instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(type));
    }

    private static String expectedType(Map<String, Object> schema) {
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            return "integer or string";
        }
        return schema.containsKey("type") ? String.join(" or ", types(schema)) : "a value (not null)";
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte
                || value instanceof Number number && decimal(number).stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
    }

    /** Numbers compared by value (YAML gives Integer, Long or Double), everything else by equals. */
    private static Object canonical(Object value) {
        if (value instanceof Number number) {
            return decimal(number).stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, canonical(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SchemaValidator::canonical).toList();
        }
        return value;
    }

    private static <T> List<T> duplicates(List<T> items) {
        Set<T> seen = new HashSet<>();
        return items.stream().filter(item -> !seen.add(item)).distinct().toList();
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String type = value instanceof Map ? "object" : value instanceof List ? "array"
                : value instanceof String ? "string" : value instanceof Boolean ? "boolean"
                : isInteger(value) ? "integer" : "number";
        return value instanceof Map || value instanceof List ? type
                : type + " " + (value instanceof String ? "\"" + value + "\"" : value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaMap(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static String child(String path, String key) {
        String name = key.matches("[A-Za-z0-9_$-]+") ? key : "\"" + key + "\"";
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String where(String path) {
        return path.isEmpty() ? "(root)" : path;
    }
}
