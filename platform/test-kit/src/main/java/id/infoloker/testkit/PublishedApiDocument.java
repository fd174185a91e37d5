package id.infoloker.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document of a service ({@code api-contract/openapi/<service>.json}) must be the one the service
 * serves: the generated client, the lint and the compatibility check all read the committed file. When they differ,
 * the committed file is rewritten and the test fails, so the change shows in {@code git diff} and is committed on
 * purpose (a CI run on a clean clone fails until it is).
 */
public final class PublishedApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private PublishedApiDocument() {
    }

    /** The document the service listening on {@code port} serves at {@code /v3/api-docs}. */
    public static String servedOn(int port) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Throws {@link AssertionError} after rewriting the committed document if {@code served} differs from it. */
    public static void assertCommitted(String service, String served) {
        JsonNode document = JSON.readTree(served);
        String canonical = JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n";
        Path committed = repositoryRoot().resolve("api-contract/openapi/" + service + ".json");
        try {
            String before = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
            if (!before.equals(canonical)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, canonical, StandardCharsets.UTF_8);
                throw new AssertionError("The served OpenAPI document of " + service + " differs from the committed "
                        + committed + ". It has been rewritten: review the change (git diff), check it against the "
                        + "versioning policy in docs/api.md, and commit it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests run in the module's directory; the repository root is the nearest parent holding {@code api-contract}. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("api-contract"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No api-contract directory above " + Path.of("").toAbsolutePath());
    }
}
