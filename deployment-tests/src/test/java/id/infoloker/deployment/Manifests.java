package id.infoloker.deployment;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Small helpers over parsed manifests: label selectors, containers, environment resolution. */
final class Manifests {

    static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    static String name(io.fabric8.kubernetes.api.model.HasMetadata object) {
        return object.getMetadata().getName();
    }

    /** Containers and init containers: every one of them must meet the same rules. */
    static List<Container> allContainers(Deployment deployment) {
        var pod = deployment.getSpec().getTemplate().getSpec();
        return Stream.concat(pod.getContainers().stream(),
                pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream()).toList();
    }

    /** Kubernetes label-selector semantics (matchLabels AND matchExpressions); an empty selector matches everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        for (var entry : required.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        List<LabelSelectorRequirement> expressions =
                selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
        for (LabelSelectorRequirement expression : expressions) {
            String value = labels.get(expression.getKey());
            List<String> values = expression.getValues() == null ? List.of() : expression.getValues();
            boolean ok = switch (expression.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("Unknown selector operator " + expression.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector != null
                && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    /**
     * The environment a container actually gets: literal values, ConfigMap values (envFrom and configMapKeyRef,
     * looked up in the rendered overlay) and Secret references (shown as {@code secret:<name>/<key>}).
     */
    static Map<String, String> environment(Container container, Overlay overlay) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() != null) {
                String configMapName = source.getConfigMapRef().getName();
                ConfigMap configMap = overlay.configMap(configMapName).orElseThrow(() -> new AssertionError(
                        "Container " + container.getName() + " reads ConfigMap " + configMapName + " which " + overlay
                                + " does not contain"));
                String prefix = Objects.toString(source.getPrefix(), "");
                Optional.ofNullable(configMap.getData()).orElse(Map.of())
                        .forEach((key, value) -> env.put(prefix + key, value));
            }
            if (source.getSecretRef() != null) {
                throw new AssertionError("envFrom secretRef hides which keys a container reads; use secretKeyRef ("
                        + container.getName() + ")");
            }
        }
        for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            if (variable.getValueFrom() == null) {
                env.put(variable.getName(), Objects.toString(variable.getValue(), ""));
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                env.put(variable.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                String value = overlay.configMap(ref.getName())
                        .map(ConfigMap::getData).map(data -> data.get(ref.getKey()))
                        .orElseThrow(() -> new AssertionError(variable.getName() + " refers to missing ConfigMap key "
                                + ref.getName() + "/" + ref.getKey()));
                env.put(variable.getName(), value);
            } else {
                env.put(variable.getName(), "fieldRef");
            }
        }
        return env;
    }

    /** Integer value of a number or numeric string found in a generic custom resource. */
    static Integer integer(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number number ? number.intValue() : Integer.valueOf(value.toString().trim());
    }

    static Object at(GenericKubernetesResource resource, Object... path) {
        return resource.get(path);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listAt(GenericKubernetesResource resource, Object... path) {
        Object value = resource.get(path);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static List<String> stringsAt(GenericKubernetesResource resource, Object... path) {
        Object value = resource.get(path);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Resolves an IntOrString port (number or container port name) to a number. */
    static Integer port(IntOrString port, Container container) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(io.fabric8.kubernetes.api.model.ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    /** Every value stored under a key with one of the given names, anywhere in a nested map/list structure. */
    static List<Object> valuesOfKeys(Object node, Collection<String> keys) {
        List<Object> found = new ArrayList<>();
        collect(node, keys, found);
        return found;
    }

    private static void collect(Object node, Collection<String> keys, List<Object> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (keys.contains(String.valueOf(key))) {
                    found.add(value);
                }
                collect(value, keys, found);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, keys, found));
        }
    }

    private Manifests() {
    }
}
