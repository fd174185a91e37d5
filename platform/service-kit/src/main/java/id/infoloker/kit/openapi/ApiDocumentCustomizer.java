package id.infoloker.kit.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The parts of every service's document that are the same everywhere (docs/api.md): the gateway as the one server,
 * the bearer scheme, the shared {@code Problem} schema and the answers any operation can give — invalid input, sign-in
 * and roles (read from the service's security rules), the gateway's rate limit, the service being away — each with
 * its {@code code} values. Controllers add only what is theirs (summary, success status, their own problems).
 */
class ApiDocumentCustomizer implements OpenApiCustomizer {

    static final String BEARER = "bearer";

    private final String service;
    private final AccessRules access;
    private final ProblemResponses problems;

    ApiDocumentCustomizer(String service, AccessRules access, ProblemResponses problems) {
        this.service = service;
        this.access = access;
        this.problems = problems;
    }

    @Override
    public void customise(OpenAPI api) {
        api.setInfo(new Info().title("Infoloker " + service + " API").version("1")
                .description("The " + service + " part of Infoloker's public API, served by the gateway at "
                        + "`/v3/api-docs/" + service + "`. Getting started, errors (problem catalogue), paging and "
                        + "the versioning policy: docs/api.md in the source repository."));
        // Relative: the document is served by the gateway, so "/" is the gateway that served it, in every environment.
        api.setServers(List.of(new Server().url("/").description("The Infoloker gateway that served this document")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("Access token from `POST /api/auth/token` (15 minutes; renew with "
                        + "`POST /api/auth/refresh`). The roles an operation needs are listed in its security "
                        + "requirement and description."));
        components.addHeaders("RetryAfter", new Header().description("Seconds to wait before trying again.")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        components.addSchemas("FieldProblem", fieldProblemSchema());
        components.addSchemas("Problem", problemSchema());
        ProblemResponses.SHARED.keySet().forEach(name -> components.addResponses(name, problems.shared(name)));
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        mergeIdenticalPaths(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(api, method.name(), path, operation)));
        api.setTags(tagsOf(api));
        dropUnusedSharedAnswers(api);
    }

    /** A shared answer no operation of this service gives is left out (an unused component is a lint warning). */
    private static void dropUnusedSharedAnswers(OpenAPI api) {
        Set<String> used = new TreeSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                operation.getResponses().values().forEach(response -> {
                    if (response.get$ref() != null) {
                        used.add(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
                    }
                })));
        api.getComponents().getResponses().keySet().removeIf(name ->
                ProblemResponses.SHARED.containsKey(name) && !used.contains(name));
    }

    private void document(OpenAPI api, String method, String path, Operation operation) {
        AccessRules.Access who = access.of(method, path);
        boolean withBody = operation.getRequestBody() != null;
        boolean withPathVariables = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn()));
        // Any request can carry query parameters the operation does not read; each is checked all the same
        // (malformed-parameter, invalid-input), and the gateway refuses an address over 4,096 characters.
        List<String> unreadable = new ArrayList<>(List.of("invalid-input", "malformed-parameter"));
        if (withPathVariables) {
            unreadable.add("bad-request"); // a path Tomcat cannot decode (an encoded slash, a NUL)
        }
        if (withBody) {
            boolean multipart = operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data");
            unreadable.add(multipart ? "malformed-multipart" : "malformed-body");
            // The gateway refuses a body over its limit (1 MB, uploads 10 MB) before the service sees it.
            problems.add(operation.getResponses(), 413, List.of("payload-too-large"));
        }
        problems.add(operation.getResponses(), 400, unreadable);
        problems.add(operation.getResponses(), 414, List.of("uri-too-long"));
        String accessText;
        if (who.publicOperation()) {
            operation.setSecurity(new ArrayList<>());
            accessText = "Public: no token needed (a token that is sent must be valid).";
            problems.add(operation.getResponses(), 401, List.of("unauthorized"));
        } else {
            problems.add(operation.getResponses(), 401, List.of("unauthorized"));
            if (who.anyRole()) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
                accessText = "Needs a bearer token (any role).";
            } else {
                problems.add(operation.getResponses(), 403, List.of("forbidden"));
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER, who.roles())));
                accessText = "Needs a bearer token with the role " + String.join(" or ", who.roles()) + ".";
            }
        }
        operation.addExtension("x-roles", who.publicOperation() ? List.of() : who.roles());
        problems.add(operation.getResponses(), 429, List.of("too-many-requests"));
        problems.add(operation.getResponses(), 503,
                List.of("database-unavailable", "service-unavailable", "service-busy"));
        problems.add(operation.getResponses(), 504, List.of("gateway-timeout"));
        ProblemResponses.finish(operation.getResponses());
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? accessText
                : description + "\n\n" + accessText);
    }

    /**
     * Spring tells {@code /documents/{type}} (POST) and {@code /documents/{documentId}} (GET) apart by method;
     * OpenAPI calls two templates differing only in variable names identical paths. They become one path whose
     * differing variables are named after the segment before them ({@code /documents/{document}}), each operation
     * keeping its own parameter schema.
     */
    static void mergeIdenticalPaths(OpenAPI api) {
        Map<String, List<String>> byShape = new TreeMap<>();
        new TreeSet<>(api.getPaths().keySet()).forEach(path ->
                byShape.computeIfAbsent(path.replaceAll("\\{[^}]+}", "{}"), shape -> new ArrayList<>()).add(path));
        Paths merged = new Paths();
        merged.setExtensions(api.getPaths().getExtensions());
        for (List<String> same : byShape.values()) {
            if (same.size() == 1) {
                merged.addPathItem(same.get(0), api.getPaths().get(same.get(0)));
                continue;
            }
            List<String> names = commonNames(same);
            PathItem item = new PathItem();
            for (String path : same) {
                List<String> own = variables(path);
                api.getPaths().get(path).readOperationsMap().forEach((method, operation) -> {
                    if (operation.getParameters() != null) {
                        for (Parameter parameter : operation.getParameters()) {
                            int index = own.indexOf(parameter.getName());
                            if ("path".equals(parameter.getIn()) && index >= 0) {
                                parameter.setName(names.get(index));
                            }
                        }
                    }
                    item.operation(method, operation);
                });
            }
            merged.addPathItem(withNames(same.get(0), names), item);
        }
        api.setPaths(merged);
    }

    private static List<String> commonNames(List<String> paths) {
        List<String> first = variables(paths.get(0));
        String[] segments = paths.get(0).split("/");
        List<String> names = new ArrayList<>();
        int variable = 0;
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            int index = variable++;
            boolean agree = paths.stream().allMatch(path -> variables(path).get(index).equals(first.get(index)));
            String before = i > 0 ? segments[i - 1] : "id";
            names.add(agree ? first.get(index) : before.endsWith("s") ? before.substring(0, before.length() - 1)
                    : before);
        }
        return names;
    }

    private static String withNames(String template, List<String> names) {
        StringBuilder path = new StringBuilder();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(template);
        int index = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, "{" + names.get(index++) + "}");
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Tag> tagsOf(OpenAPI api) {
        Map<String, Tag> tags = new TreeMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        Set<String> used = new TreeSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        used.forEach(name -> tags.computeIfAbsent(name, missing -> new Tag().name(missing)));
        tags.values().forEach(tag -> {
            if (tag.getDescription() == null || tag.getDescription().isBlank()) {
                tag.setDescription("Operations of the " + tag.getName() + " feature.");
            }
        });
        tags.keySet().retainAll(used);
        return new ArrayList<>(tags.values());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")
                .description("`urn:infoloker:problem:<code>`; each is described in the problem catalogue "
                        + "(docs/api.md#problem-catalogue).").example("urn:infoloker:problem:already-registered"));
        properties.put("title", new StringSchema().description("Short text in the caller's language "
                + "(`Accept-Language`: Bahasa Indonesia by default, `en`)."));
        properties.put("status", new IntegerSchema().description("The HTTP status."));
        properties.put("detail", new StringSchema().description("What happened and what to do, in the caller's "
                + "language. Show it to the person."));
        properties.put("instance", new StringSchema().description("The request path."));
        properties.put("code", new StringSchema().description("Stable machine-readable reason; act on this, never on "
                + "the texts.").example("already-registered"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                .description("For invalid input: each field and the rule it broke."));
        properties.put("retryAfterSeconds", new IntegerSchema().description("When present: seconds to wait, as in "
                + "`Retry-After`."));
        Schema problem = new ObjectSchema().description("RFC 9457 problem details, answered as "
                + "`application/problem+json` for every refusal and failure.");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema fieldProblemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", new StringSchema().description("JSON path of the field, e.g. `birthDate`."));
        properties.put("code", new StringSchema().description("The rule it broke, e.g. `NotBlank`, `Email`."));
        properties.put("message", new StringSchema().description("The rule in the caller's language."));
        Schema field = new ObjectSchema().description("One field's violation.");
        field.setProperties(properties);
        field.setRequired(List.of("field", "code", "message"));
        return field;
    }
}
