package id.infoloker.apicontract.compatibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an app built against the previous release's document would trip over in the current one (docs/api.md,
 * "Versioning and deprecation"): a removed operation, success status or success media type; a new required parameter
 * or body property; a parameter or property whose type changed or whose allowed values shrank; a response property
 * removed or no longer always present; a public operation now needing a token, or a role no longer allowed. Additions
 * are compatible: new operations, optional inputs, response properties, statuses, problem codes and enum values
 * in answers (clients must tolerate values they do not know).
 */
public final class BreakingChanges {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final int MAX_DEPTH = 24;

    private final JsonNode previous;
    private final JsonNode current;
    private final List<String> found = new ArrayList<>();

    private BreakingChanges(JsonNode previous, JsonNode current) {
        this.previous = previous;
        this.current = current;
    }

    public static List<String> between(JsonNode previous, JsonNode current) {
        BreakingChanges changes = new BreakingChanges(previous, current);
        changes.compareOperations();
        return List.copyOf(changes.found);
    }

    private void compareOperations() {
        for (String path : previous.path("paths").propertyNames()) {
            String currentPath = sameShape(path);
            for (String method : previous.path("paths").path(path).propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path;
                JsonNode before = previous.path("paths").path(path).path(method);
                JsonNode after = currentPath == null ? null : current.path("paths").path(currentPath).get(method);
                if (after == null) {
                    if (!before.path("deprecated").asBoolean(false)) {
                        found.add(operation + ": removed without being deprecated first");
                    } else {
                        found.add(operation + ": removed (deprecated operations are removed only in a new major "
                                + "version of the path, after their Sunset date)");
                    }
                    continue;
                }
                compareSecurity(operation, before, after);
                compareParameters(operation, before, after);
                compareRequestBody(operation, before, after);
                compareSuccess(operation, before, after);
            }
        }
    }

    /** Path variables may be renamed (they are positional); the path's shape must stay. */
    private String sameShape(String path) {
        String shape = path.replaceAll("\\{[^}]*}", "{}");
        for (String candidate : current.path("paths").propertyNames()) {
            if (candidate.replaceAll("\\{[^}]*}", "{}").equals(shape)) {
                return candidate;
            }
        }
        return null;
    }

    private void compareSecurity(String operation, JsonNode before, JsonNode after) {
        boolean wasPublic = before.has("security") && before.get("security").isEmpty();
        boolean isPublic = after.has("security") && after.get("security").isEmpty();
        if (wasPublic && !isPublic) {
            found.add(operation + ": needs a token now");
            return;
        }
        Set<String> rolesBefore = roles(before);
        Set<String> rolesAfter = roles(after);
        if (!rolesAfter.isEmpty() && !rolesAfter.containsAll(rolesBefore.isEmpty() ? Set.of("any role")
                : rolesBefore)) {
            found.add(operation + ": roles narrowed from " + (rolesBefore.isEmpty() ? "any" : rolesBefore)
                    + " to " + rolesAfter);
        }
    }

    private static Set<String> roles(JsonNode operation) {
        Set<String> roles = new HashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            for (JsonNode scopes : requirement) {
                scopes.forEach(role -> roles.add(role.asString()));
            }
        }
        return roles;
    }

    private void compareParameters(String operation, JsonNode before, JsonNode after) {
        for (JsonNode parameter : after.path("parameters")) {
            JsonNode old = parameterNamed(before, parameter);
            String name = parameter.path("in").asString() + " parameter " + parameter.path("name").asString();
            boolean required = parameter.path("required").asBoolean(false);
            if (old == null) {
                if (required && !parameter.path("in").asString().equals("path")) {
                    found.add(operation + ": new required " + name);
                }
                continue;
            }
            if (required && !old.path("required").asBoolean(false)) {
                found.add(operation + ": " + name + " is required now");
            }
            compareSchemas(operation + ": " + name, old.path("schema"), parameter.path("schema"), Direction.REQUEST,
                    0);
        }
    }

    private static JsonNode parameterNamed(JsonNode operation, JsonNode parameter) {
        for (JsonNode candidate : operation.path("parameters")) {
            boolean samePlace = candidate.path("in").asString().equals(parameter.path("in").asString());
            boolean sameName = candidate.path("name").asString().equals(parameter.path("name").asString());
            if (samePlace && (sameName || parameter.path("in").asString().equals("path")
                    && position(operation, candidate) == position(operation, parameter))) {
                return candidate;
            }
        }
        return null;
    }

    private static int position(JsonNode operation, JsonNode parameter) {
        int index = 0;
        for (JsonNode candidate : operation.path("parameters")) {
            if (candidate.path("in").asString().equals("path")) {
                if (candidate.path("name").asString().equals(parameter.path("name").asString())) {
                    return index;
                }
                index++;
            }
        }
        return -1;
    }

    private void compareRequestBody(String operation, JsonNode before, JsonNode after) {
        JsonNode bodyAfter = after.path("requestBody");
        JsonNode bodyBefore = before.path("requestBody");
        if (bodyAfter.isMissingNode()) {
            return;
        }
        if (bodyAfter.path("required").asBoolean(false) && !bodyBefore.path("required").asBoolean(false)) {
            found.add(operation + ": a request body is required now");
        }
        for (String mediaType : bodyBefore.path("content").propertyNames()) {
            if (!bodyAfter.path("content").has(mediaType)) {
                found.add(operation + ": request body " + mediaType + " no longer accepted");
                continue;
            }
            compareSchemas(operation + ": request body", bodyBefore.path("content").path(mediaType).path("schema"),
                    bodyAfter.path("content").path(mediaType).path("schema"), Direction.REQUEST, 0);
        }
    }

    private void compareSuccess(String operation, JsonNode before, JsonNode after) {
        for (String status : before.path("responses").propertyNames()) {
            if (!status.startsWith("2")) {
                continue;
            }
            JsonNode answerAfter = after.path("responses").get(status);
            if (answerAfter == null) {
                found.add(operation + ": success status " + status + " no longer answered");
                continue;
            }
            JsonNode contentBefore = resolve(previous, before.path("responses").path(status)).path("content");
            JsonNode contentAfter = resolve(current, answerAfter).path("content");
            for (String mediaType : contentBefore.propertyNames()) {
                if (!contentAfter.has(mediaType)) {
                    found.add(operation + ": " + status + " no longer answers " + mediaType);
                    continue;
                }
                compareSchemas(operation + ": " + status + " body", contentBefore.path(mediaType).path("schema"),
                        contentAfter.path(mediaType).path("schema"), Direction.RESPONSE, 0);
            }
        }
    }

    private enum Direction { REQUEST, RESPONSE }

    private void compareSchemas(String where, JsonNode beforeSchema, JsonNode afterSchema, Direction direction,
                                int depth) {
        if (depth > MAX_DEPTH || beforeSchema.isMissingNode() || afterSchema.isMissingNode()) {
            return;
        }
        JsonNode before = resolve(previous, beforeSchema);
        JsonNode after = resolve(current, afterSchema);
        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        if (!typesBefore.isEmpty() && !typesAfter.isEmpty()) {
            boolean compatible = direction == Direction.REQUEST ? typesAfter.containsAll(typesBefore)
                    : typesBefore.containsAll(typesAfter);
            if (!compatible) {
                found.add(where + ": type changed from " + typesBefore + " to " + typesAfter);
                return;
            }
        }
        if (direction == Direction.REQUEST && before.has("enum")) {
            Set<String> allowedAfter = texts(after.path("enum"));
            for (String value : texts(before.path("enum"))) {
                if (after.has("enum") && !allowedAfter.contains(value)) {
                    found.add(where + ": value " + value + " no longer accepted");
                }
            }
        }
        if (direction == Direction.REQUEST && !before.has("enum") && after.has("enum")) {
            found.add(where + ": restricted to " + after.get("enum"));
        }
        Set<String> requiredBefore = texts(before.path("required"));
        Set<String> requiredAfter = texts(after.path("required"));
        if (direction == Direction.REQUEST) {
            for (String property : requiredAfter) {
                if (!requiredBefore.contains(property)) {
                    found.add(where + ": property " + property + " is required now");
                }
            }
        } else {
            for (String property : requiredBefore) {
                if (!requiredAfter.contains(property)) {
                    found.add(where + ": property " + property + " may be missing now");
                }
            }
            for (String property : before.path("properties").propertyNames()) {
                if (!after.path("properties").has(property)) {
                    found.add(where + ": property " + property + " removed");
                }
            }
        }
        for (Iterator<String> names = before.path("properties").propertyNames().iterator(); names.hasNext(); ) {
            String property = names.next();
            if (after.path("properties").has(property)) {
                compareSchemas(where + "." + property, before.path("properties").path(property),
                        after.path("properties").path(property), direction, depth + 1);
            }
        }
        if (before.has("items") && after.has("items")) {
            compareSchemas(where + "[]", before.path("items"), after.path("items"), direction, depth + 1);
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(value -> texts.add(value.asString(value.toString())));
        return texts;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        for (int hops = 0; resolved.has("$ref") && hops < 8; hops++) {
            resolved = document.at(resolved.get("$ref").asString().substring(1));
        }
        return resolved;
    }
}
