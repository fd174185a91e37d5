package id.infoloker.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operators' CRDs vendored under {@code src/test/resources/schemas/<operator>-<version>/} (sources in the README
 * there), indexed by API version and kind: each served version's {@code openAPIV3Schema}, checked strictly.
 */
final class CustomResourceSchemas {

    /** One served version of one CRD; {@code source} is the vendored directory, e.g. "strimzi-0.49.1". */
    record Definition(String apiVersion, String kind, String source, SchemaValidator validator) {
    }

    private static final CustomResourceSchemas VENDORED = load(resource("schemas"));

    private final Map<String, Definition> definitions;

    private CustomResourceSchemas(Map<String, Definition> definitions) {
        this.definitions = definitions;
    }

    static CustomResourceSchemas vendored() {
        return VENDORED;
    }

    /** Every vendored kind, e.g. "KafkaTopic" (a CRD serves it in one or more versions). */
    TreeSet<String> kinds() {
        return definitions.values().stream().map(Definition::kind).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * "Kind name: path: rule [source]" for every field of every custom resource the schemas reject, and for every
     * custom resource whose kind and version no vendored CRD serves. Built-in kinds are fabric8's typed models (checked
     * by {@link StrictModelsTest}, which also checks the custom resources' metadata as the API server's ObjectMeta).
     */
    List<String> violations(Overlay overlay) {
        List<String> found = new ArrayList<>();
        for (HasMetadata object : overlay.objects()) {
            if (!(object instanceof GenericKubernetesResource resource)) {
                continue;
            }
            String owner = resource.getKind() + " " + resource.getMetadata().getName() + ": ";
            Definition definition = definitions.get(key(resource.getApiVersion(), resource.getKind()));
            if (definition == null) {
                found.add(owner + "no vendored schema serves " + key(resource.getApiVersion(), resource.getKind())
                        + servedVersionsOf(resource) + "; vendor its CRD under src/test/resources/schemas/ (README)");
                continue;
            }
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("apiVersion", resource.getApiVersion());
            content.put("kind", resource.getKind());
            content.put("metadata", resource.getMetadata()); // present, as CRDs require; its fields: StrictModelsTest
            content.putAll(resource.getAdditionalProperties());
            definition.validator().validate(content)
                    .forEach(error -> found.add(owner + error + " [" + definition.source() + "]"));
        }
        return found;
    }

    private String servedVersionsOf(GenericKubernetesResource resource) {
        String group = resource.getApiVersion().contains("/") ? resource.getApiVersion().split("/")[0] + "/" : "";
        List<String> versions = definitions.values().stream()
                .filter(d -> d.kind().equals(resource.getKind()) && d.apiVersion().startsWith(group))
                .map(d -> d.apiVersion() + " (" + d.source() + ")").toList();
        return versions.isEmpty() ? "" : " (vendored: " + String.join(", ", versions) + ")";
    }

    static CustomResourceSchemas load(Path directory) {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String source = directory.relativize(file).getName(0).toString();
                for (Object document : yaml.loadAll(Files.readString(file))) {
                    if (document instanceof Map<?, ?> crd && "CustomResourceDefinition".equals(crd.get("kind"))) {
                        index(crd, source, definitions);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CustomResourceSchemas(definitions);
    }

    @SuppressWarnings("unchecked")
    private static void index(Map<?, ?> crd, String source, Map<String, Definition> definitions) {
        Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
        String group = (String) spec.get("group");
        String kind = (String) ((Map<String, Object>) spec.get("names")).get("kind");
        for (Map<String, Object> version : (List<Map<String, Object>>) spec.get("versions")) {
            if (!Boolean.TRUE.equals(version.get("served"))) {
                continue;
            }
            String apiVersion = group + "/" + version.get("name");
            Map<String, Object> schema = (Map<String, Object>) Objects.requireNonNull(
                    ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema"), apiVersion + " " + kind);
            Definition previous = definitions.put(key(apiVersion, kind), new Definition(apiVersion, kind, source,
                    new SchemaValidator(schema, SchemaValidator.Dialect.KUBERNETES)));
            if (previous != null) {
                throw new IllegalStateException(key(apiVersion, kind) + " is vendored twice: " + previous.source()
                        + " and " + source);
            }
        }
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /** A directory of test resources (target/test-classes when run by Maven or an IDE). */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(CustomResourceSchemas.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
