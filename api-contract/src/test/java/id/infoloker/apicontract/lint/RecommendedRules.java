package id.infoloker.apicontract.lint;

import id.infoloker.apicontract.lint.Finding.Severity;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redocly CLI's recommended rules for OpenAPI 3.1, written in Java so the build needs no Node toolchain. Each rule
 * follows the behaviour documented for it at redocly.com/docs/cli/rules; {@code struct} is the reference parser's
 * (swagger-parser) validation of the document against the specification.
 */
public final class RecommendedRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
    private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*$");
    private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");

    private final LintConfiguration configuration;

    public RecommendedRules(LintConfiguration configuration) {
        this.configuration = configuration;
    }

    public List<Finding> lint(String json) {
        JsonNode api = JsonMapper.builder().build().readTree(json);
        List<Finding> findings = new ArrayList<>();
        Reporter report = (rule, pointerAndMessage) -> {
            Severity severity = configuration.severityOf(rule);
            if (severity != Severity.OFF) {
                findings.add(new Finding(rule, severity, pointerAndMessage[0], pointerAndMessage[1]));
            }
        };
        struct(json, report);
        references(api, api, "", report);
        info(api, report);
        servers(api, report);
        paths(api, report);
        operations(api, report);
        tags(api, report);
        components(api, report);
        schemas(api, report);
        examples(api, report);
        return findings;
    }

    @FunctionalInterface
    private interface Reporter {
        void accept(String rule, String[] pointerAndMessage);

        default void report(String rule, String pointer, String message) {
            accept(rule, new String[] {pointer, message});
        }
    }

    private static void struct(String json, Reporter report) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        if (result.getMessages() != null) {
            result.getMessages().forEach(message -> report.report("struct", "#", message));
        }
        if (result.getOpenAPI() == null) {
            report.report("struct", "#", "not an OpenAPI document");
        }
    }

    private static void references(JsonNode api, JsonNode node, String pointer, Reporter report) {
        if (node.isObject()) {
            for (var property : node.properties()) {
                String at = pointer + "/" + escape(property.getKey());
                if (property.getKey().equals("$ref") && property.getValue().isString()) {
                    String ref = property.getValue().asString();
                    if (!ref.startsWith("#") || api.at(ref.substring(1)).isMissingNode()) {
                        report.report("no-unresolved-refs", pointer, "cannot resolve " + ref);
                    }
                } else {
                    references(api, property.getValue(), at, report);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(api, node.get(i), pointer + "/" + i, report);
            }
        }
    }

    private static void info(JsonNode api, Reporter report) {
        JsonNode license = api.path("info").path("license");
        if (license.isMissingNode()) {
            report.report("info-license", "#/info", "no license");
        } else if (!license.has("url") && !license.has("identifier")) {
            report.report("info-license-strict", "#/info/license", "license has neither url nor identifier");
        }
    }

    private static void servers(JsonNode api, Reporter report) {
        JsonNode servers = api.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            report.report("no-empty-servers", "#/servers", "no server");
            return;
        }
        for (int i = 0; i < servers.size(); i++) {
            JsonNode server = servers.get(i);
            String url = server.path("url").asString("");
            String at = "#/servers/" + i;
            if (url.endsWith("/") && !url.equals("/")) {
                report.report("no-server-trailing-slash", at, url + " ends with a slash");
            }
            if (url.contains("example.com")) {
                report.report("no-server-example.com", at, url + " is example.com");
            }
            Matcher variables = VARIABLE.matcher(url);
            while (variables.find()) {
                if (!server.path("variables").has(variables.group(1))) {
                    report.report("no-undefined-server-variable", at, "{" + variables.group(1) + "} undefined");
                }
            }
            for (var variable : server.path("variables").properties()) {
                JsonNode values = variable.getValue().get("enum");
                if (values != null && values.isEmpty()) {
                    report.report("no-server-variables-empty-enum", at, variable.getKey() + " has an empty enum");
                }
            }
        }
    }

    private static void paths(JsonNode api, Reporter report) {
        List<String> paths = new ArrayList<>(api.path("paths").propertyNames());
        Map<String, String> shapes = new HashMap<>();
        for (String path : paths) {
            String at = "#/paths/" + escape(path);
            if (path.length() > 1 && path.endsWith("/")) {
                report.report("no-path-trailing-slash", at, "ends with a slash");
            }
            if (path.contains("?")) {
                report.report("path-not-include-query", at, "includes a query");
            }
            if (path.contains("{}")) {
                report.report("path-declaration-must-exist", at, "has an empty {}");
            }
            String shape = path.replaceAll("\\{[^}]*}", "{}");
            String earlier = shapes.putIfAbsent(shape, path);
            if (earlier != null) {
                report.report("no-identical-paths", at, "identical to " + earlier);
            }
        }
        for (int a = 0; a < paths.size(); a++) {
            for (int b = a + 1; b < paths.size(); b++) {
                if (ambiguous(paths.get(a), paths.get(b))) {
                    report.report("no-ambiguous-paths", "#/paths/" + escape(paths.get(b)),
                            "ambiguous with " + paths.get(a));
                }
            }
        }
    }

    /** Redocly's reading: same length, literal segments equal or one side a variable, as many variables each. */
    static boolean ambiguous(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        if (left.length != right.length) {
            return false;
        }
        int leftVariables = 0;
        int rightVariables = 0;
        boolean ambiguous = true;
        for (int i = 0; i < left.length; i++) {
            boolean leftVariable = left[i].matches("^\\{.+?}$");
            boolean rightVariable = right[i].matches("^\\{.+?}$");
            if (leftVariable || rightVariable) {
                leftVariables += leftVariable ? 1 : 0;
                rightVariables += rightVariable ? 1 : 0;
            } else if (!left[i].equals(right[i])) {
                ambiguous = false;
            }
        }
        return ambiguous && leftVariables == rightVariables;
    }

    private static void operations(JsonNode api, Reporter report) {
        Map<String, String> operationIds = new HashMap<>();
        Set<String> schemes = new HashSet<>(api.path("components").path("securitySchemes").propertyNames());
        boolean globalSecurity = api.has("security");
        checkSecurity(api.path("security"), "#/security", schemes, report);
        for (var path : api.path("paths").properties()) {
            JsonNode item = path.getValue();
            List<String> variables = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path.getKey());
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            for (var entry : item.properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                String at = "#/paths/" + escape(path.getKey()) + "/" + entry.getKey();
                if (operation.path("summary").asString("").isBlank()) {
                    report.report("operation-summary", at, "no summary");
                }
                String id = operation.path("operationId").asString("");
                if (id.isEmpty()) {
                    report.report("operation-operationId", at, "no operationId");
                } else {
                    if (!URL_SAFE.matcher(id).matches()) {
                        report.report("operation-operationId-url-safe", at, id + " is not URL-safe");
                    }
                    String earlier = operationIds.putIfAbsent(id, at);
                    if (earlier != null) {
                        report.report("operation-operationId-unique", at, id + " also at " + earlier);
                    }
                }
                Set<String> statuses = operation.path("responses").propertyNames().stream()
                        .collect(java.util.stream.Collectors.toSet());
                if (statuses.stream().noneMatch(s -> s.startsWith("2") || s.equals("default"))) {
                    report.report("operation-2xx-response", at + "/responses", "no 2xx answer");
                }
                if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
                    report.report("operation-4xx-response", at + "/responses", "no 4xx answer");
                }
                List<JsonNode> parameters = new ArrayList<>();
                item.path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                Set<String> seen = new HashSet<>();
                Set<String> pathParameters = new HashSet<>();
                for (JsonNode parameter : parameters) {
                    JsonNode resolved = parameter.has("$ref")
                            ? api.at(parameter.get("$ref").asString().substring(1)) : parameter;
                    String key = resolved.path("in").asString("") + ":" + resolved.path("name").asString("");
                    boolean ownParameter = false;
                    for (JsonNode own : operation.path("parameters")) {
                        ownParameter |= own == parameter;
                    }
                    // A path item's parameter may be overridden by the operation's; only the operation's own repeat.
                    if (ownParameter && !seen.add(key)) {
                        report.report("operation-parameters-unique", at, "parameter " + key + " twice");
                    }
                    if (resolved.path("in").asString("").equals("path")) {
                        pathParameters.add(resolved.path("name").asString(""));
                    }
                }
                for (String variable : variables) {
                    if (!pathParameters.contains(variable)) {
                        report.report("path-parameters-defined", at, "{" + variable + "} has no path parameter");
                    }
                }
                for (String parameter : pathParameters) {
                    if (!variables.contains(parameter)) {
                        report.report("path-parameters-defined", at, "path parameter " + parameter
                                + " is not in the path");
                    }
                }
                if (operation.has("security")) {
                    checkSecurity(operation.get("security"), at + "/security", schemes, report);
                } else if (!globalSecurity) {
                    report.report("security-defined", at, "no security, neither here nor globally");
                }
            }
        }
    }

    private static void checkSecurity(JsonNode requirements, String at, Set<String> schemes, Reporter report) {
        for (JsonNode requirement : requirements) {
            for (String scheme : requirement.propertyNames()) {
                if (!schemes.contains(scheme)) {
                    report.report("security-defined", at, "scheme " + scheme + " is not defined");
                }
            }
        }
    }

    private static void tags(JsonNode api, Reporter report) {
        Set<String> names = new HashSet<>();
        JsonNode tags = api.path("tags");
        for (int i = 0; i < tags.size(); i++) {
            String name = tags.get(i).path("name").asString("");
            if (!names.add(name)) {
                report.report("no-duplicated-tag-names", "#/tags/" + i, name + " twice");
            }
            if (tags.get(i).path("description").asString("").isBlank()) {
                report.report("tag-description", "#/tags/" + i, name + " has no description");
            }
        }
    }

    private static void components(JsonNode api, Reporter report) {
        String text = api.toString();
        for (var kind : api.path("components").properties()) {
            if (kind.getKey().startsWith("x-")) {
                continue;
            }
            for (String name : kind.getValue().propertyNames()) {
                String at = "#/components/" + kind.getKey() + "/" + escape(name);
                if (!COMPONENT_NAME.matcher(name).matches()) {
                    report.report("spec-components-invalid-map-name", at, name + " is not a valid component name");
                }
                if (!kind.getKey().equals("securitySchemes")
                        && !text.contains("\"#/components/" + kind.getKey() + "/" + escape(name) + "\"")) {
                    report.report("no-unused-components", at, "never referenced");
                }
            }
        }
    }

    private static void schemas(JsonNode api, Reporter report) {
        ExampleValidator validator = new ExampleValidator(api);
        eachSchema(api, api, "", (schema, at) -> {
            JsonNode type = schema.get("type");
            if (type != null && type.isString()) {
                String single = type.asString();
                if (single.equals("object") && schema.has("items")) {
                    report.report("no-schema-type-mismatch", at, "an object with items");
                }
                if (single.equals("array") && schema.has("properties")) {
                    report.report("no-schema-type-mismatch", at, "an array with properties");
                }
                for (JsonNode value : schema.path("enum")) {
                    if (!validator.violations(typeOnly(single), value).isEmpty()) {
                        report.report("no-enum-type-mismatch", at, value + " is not a " + single);
                    }
                }
            }
            if ((schema.has("minimum") && schema.path("exclusiveMinimum").isNumber())
                    || (schema.has("maximum") && schema.path("exclusiveMaximum").isNumber())) {
                report.report("no-mixed-number-range-constraints", at, "inclusive and exclusive bound together");
            }
            if (schema.has("required")) {
                Set<String> defined = definedProperties(api, schema, 0);
                for (JsonNode required : schema.get("required")) {
                    if (!defined.contains(required.asString())) {
                        report.report("no-required-schema-properties-undefined", at,
                                required.asString() + " is required but not defined");
                    }
                }
            }
            if (schema.has("example")) {
                validator.violations(schema, schema.get("example")).forEach(violation ->
                        report.report("no-invalid-schema-examples", at, violation));
            }
            for (JsonNode example : schema.path("examples")) {
                validator.violations(schema, example).forEach(violation ->
                        report.report("no-invalid-schema-examples", at, violation));
            }
        });
    }

    private static JsonNode typeOnly(String type) {
        return JsonMapper.builder().build().createObjectNode().put("type", type);
    }

    private static Set<String> definedProperties(JsonNode api, JsonNode schema, int depth) {
        Set<String> names = new HashSet<>();
        if (depth > 16) {
            return names;
        }
        if (schema.has("$ref")) {
            names.addAll(definedProperties(api, api.at(schema.get("$ref").asString().substring(1)), depth + 1));
        }
        names.addAll(schema.path("properties").propertyNames());
        for (String composite : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode member : schema.path(composite)) {
                names.addAll(definedProperties(api, member, depth + 1));
            }
        }
        return names;
    }

    /** Every schema object: under components/schemas, and every {@code schema} of a parameter, body or header. */
    private static void eachSchema(JsonNode api, JsonNode node, String pointer, BiConsumer<JsonNode, String> visit) {
        if (node.isObject()) {
            boolean schemaHere = pointer.startsWith("/components/schemas/") && pointer.split("/").length == 4
                    || pointer.endsWith("/schema") || pointer.contains("/properties/") || pointer.endsWith("/items")
                    || pointer.matches(".*/(allOf|anyOf|oneOf)/\\d+$") || pointer.endsWith("/additionalProperties");
            if (schemaHere && !pointer.contains("/examples/") && !pointer.contains("/example/")) {
                visit.accept(node, "#" + pointer);
            }
            for (var property : node.properties()) {
                if (!property.getKey().equals("example") && !property.getKey().equals("examples")
                        && !property.getKey().equals("enum") && !property.getKey().equals("default")) {
                    eachSchema(api, property.getValue(), pointer + "/" + escape(property.getKey()), visit);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachSchema(api, node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    private static void examples(JsonNode api, Reporter report) {
        ExampleValidator validator = new ExampleValidator(api);
        walk(api, "", (node, pointer) -> {
            if (pointer.matches(".*/content/[^/]+$") && node.isObject()) {
                JsonNode schema = node.path("schema");
                if (node.has("example")) {
                    validator.violations(schema, node.get("example")).forEach(violation ->
                            report.report("no-invalid-media-type-examples", "#" + pointer, violation));
                }
                for (var example : node.path("examples").properties()) {
                    checkExample(validator, schema, resolve(api, example.getValue()), "#" + pointer + "/examples/"
                            + escape(example.getKey()), "no-invalid-media-type-examples", report);
                }
            }
            if (pointer.matches(".*/parameters/\\d+$") && node.isObject() && node.has("schema")) {
                if (node.has("example")) {
                    validator.violations(node.get("schema"), node.get("example")).forEach(violation ->
                            report.report("no-invalid-parameter-examples", "#" + pointer, violation));
                }
                for (var example : node.path("examples").properties()) {
                    checkExample(validator, node.get("schema"), resolve(api, example.getValue()), "#" + pointer
                            + "/examples/" + escape(example.getKey()), "no-invalid-parameter-examples", report);
                }
            }
        });
    }

    private static void checkExample(ExampleValidator validator, JsonNode schema, JsonNode example, String at,
                                     String rule, Reporter report) {
        if (example.has("value") && example.has("externalValue")) {
            report.report("no-example-value-and-externalValue", at, "both value and externalValue");
        }
        if (example.has("value")) {
            validator.violations(schema, example.get("value")).forEach(violation ->
                    report.report(rule, at, violation));
        }
    }

    private static JsonNode resolve(JsonNode api, JsonNode node) {
        return node.has("$ref") ? api.at(node.get("$ref").asString().substring(1)) : node;
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<JsonNode, String> visit) {
        visit.accept(node, pointer);
        if (node.isObject()) {
            for (var property : node.properties()) {
                if (!property.getKey().equals("example") && !property.getKey().equals("value")) {
                    walk(property.getValue(), pointer + "/" + escape(property.getKey()), visit);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
