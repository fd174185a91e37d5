package id.infoloker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every answer the end-to-end tests get from the API against the OpenAPI documents the gateway serves: the
 * operation must be documented, the status must be one of its documented answers, and the content type one the
 * documented answer has. An undocumented answer fails the test that received it. Everything observed is written to
 * {@code target/api-contract-observed.txt} when the test JVM ends: operation, statuses, content types.
 */
final class ApiContract {

    static final List<String> SERVICES = List.of("account", "vacancy", "verification", "notification");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, ApiContract> BY_GATEWAY = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> OBSERVED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ApiContract::writeObserved, "api-contract-report"));
    }

    private record Operation(String method, Pattern path, String template, JsonNode operation, JsonNode document) {
    }

    private final List<Operation> operations;

    ApiContract(List<JsonNode> documents) {
        List<Operation> all = new ArrayList<>();
        for (JsonNode document : documents) {
            for (var path : document.path("paths").properties()) {
                // Literal segments win over variables (/api/vacancies/own before /api/vacancies/{id}), as in Spring.
                Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                for (var method : path.getValue().properties()) {
                    all.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), pattern, path.getKey(),
                            method.getValue(), document));
                }
            }
        }
        all.sort((a, b) -> Long.compare(variables(a.template()), variables(b.template())));
        this.operations = List.copyOf(all);
    }

    /** The documents as the gateway at {@code gatewayUrl} serves them, read once per run. */
    static ApiContract servedBy(String gatewayUrl) {
        return BY_GATEWAY.computeIfAbsent(gatewayUrl, url -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<JsonNode> documents = new ArrayList<>();
            for (String service : SERVICES) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/v3/api-docs/"
                            + service)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("/v3/api-docs/" + service + " answered " + answer.statusCode());
                    }
                    documents.add(JSON.readTree(answer.body()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return new ApiContract(documents);
        });
    }

    /**
     * Records one answer and throws {@link AssertionError} when the documents do not describe it. Paths outside
     * {@code /api/} (the portal, the console, the documents themselves) are not part of the API.
     */
    void check(String method, String path, int status, String contentType, boolean withBody) {
        if (!path.startsWith("/api/")) {
            return;
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Optional<Operation> documented = find(method, path);
        String key = documented.map(operation -> method + " " + operation.template()).orElse(method + " " + path);
        OBSERVED.computeIfAbsent(key, k -> new TreeSet<>()).add(status + " " + (withBody ? type : "(no body)"));
        if (documented.isEmpty()) {
            throw new AssertionError("Undocumented operation " + method + " " + path + " answered " + status);
        }
        Operation operation = documented.get();
        JsonNode answer = operation.operation().path("responses").get(String.valueOf(status));
        if (answer == null) {
            answer = operation.operation().path("responses").get("default");
        }
        if (answer == null) {
            throw new AssertionError(key + " answered " + status + ", which its document does not list (documented: "
                    + operation.operation().path("responses").propertyNames() + ")");
        }
        JsonNode resolved = resolve(operation.document(), answer);
        if (withBody && !resolved.path("content").has(type)
                && !resolved.path("content").has("*/*")) {
            throw new AssertionError(key + " answered " + status + " as " + type + ", documented as "
                    + resolved.path("content").propertyNames());
        }
    }

    /** Whether {@code method path} (a path as sent) names a documented operation. */
    boolean documents(String method, String path) {
        return find(method, path).isPresent();
    }

    private Optional<Operation> find(String method, String path) {
        return operations.stream()
                .filter(operation -> operation.method().equals(method) && operation.path().matcher(path).matches())
                .findFirst();
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        for (int hops = 0; resolved.has("$ref") && hops < 8; hops++) {
            resolved = document.at(resolved.get("$ref").asString().substring(1));
        }
        return resolved;
    }

    private static long variables(String template) {
        return template.chars().filter(c -> c == '{').count();
    }

    private static void writeObserved() {
        if (OBSERVED.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder("# Answers the e2e tests received, per documented operation\n");
        new TreeMap<>(OBSERVED).forEach((operation, answers) ->
                report.append(operation).append(": ").append(String.join(", ", answers)).append('\n'));
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("api-contract-observed.txt"), report.toString());
            }
        } catch (IOException e) {
            // A report is a by-product; the checks themselves have already run.
        }
    }
}
