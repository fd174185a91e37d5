package id.infoloker.deployment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One Kustomize overlay (k8s/overlays/&lt;name&gt;) rendered by {@code kubectl kustomize} and parsed: built-in kinds as
 * fabric8's typed models, custom resources (Strimzi, CloudNativePG, KEDA) as {@link GenericKubernetesResource}.
 * Each overlay is rendered once per test run.
 */
record Overlay(String name, List<HasMetadata> objects) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** Every overlay directory: adding one (a new regency) puts it under every test automatically. */
    static List<String> names() {
        Path overlays = Repository.path("k8s/overlays");
        try (Stream<Path> dirs = Files.list(overlays)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders (once) or skips the calling test with the reason when kubectl is not installed. */
    static Overlay render(String name) {
        if (Kubectl.binary().isEmpty() && WARNED.compareAndSet(false, true)) {
            System.err.println("WARNING: kubectl not found; every Kubernetes manifest test is SKIPPED, nothing in k8s/ "
                    + "was checked. Install kubectl or pass -Dkubectl=/path/to/kubectl.");
        }
        assumeTrue(Kubectl.binary().isPresent(),
                "kubectl not found (-Dkubectl / $KUBECTL if set, else /usr/bin/kubectl and the PATH): "
                        + "the Kubernetes manifests were NOT checked");
        return RENDERED.computeIfAbsent(name,
                overlay -> parse(overlay, Kubectl.kustomize(Repository.path("k8s/overlays/" + overlay))));
    }

    static Overlay parse(String name, String multiDocumentYaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(multiDocumentYaml)) {
            if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                objects.add((HasMetadata) SERIALIZATION.convertValue(map, KubernetesResource.class));
            }
        }
        return new Overlay(name, List.copyOf(objects));
    }

    /** A deep copy to break on purpose (the checks' negative cases), leaving the rendered overlay untouched. */
    Overlay copy() {
        StringBuilder yaml = new StringBuilder();
        objects.forEach(object -> yaml.append("\n---\n").append(SERIALIZATION.asYaml(object)));
        return parse(name, yaml.toString());
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources of a kind (e.g. "KafkaTopic"), whatever their API version. */
    List<GenericKubernetesResource> custom(String kind) {
        return objects.stream()
                .filter(object -> object instanceof GenericKubernetesResource && kind.equals(object.getKind()))
                .map(GenericKubernetesResource.class::cast)
                .toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    Optional<Deployment> deployment(String deploymentName) {
        return deployments().stream().filter(d -> deploymentName.equals(d.getMetadata().getName())).findFirst();
    }

    Optional<ConfigMap> configMap(String configMapName) {
        return all(ConfigMap.class).stream().filter(c -> configMapName.equals(c.getMetadata().getName())).findFirst();
    }

    /** The namespace every object lands in (the overlay's Namespace object). */
    String namespace() {
        List<Namespace> namespaces = all(Namespace.class);
        if (namespaces.size() != 1) {
            throw new AssertionError("Overlay " + name + " must declare exactly one Namespace, found " + namespaces.size());
        }
        return namespaces.get(0).getMetadata().getName();
    }

    @Override
    public String toString() {
        return name;
    }
}
