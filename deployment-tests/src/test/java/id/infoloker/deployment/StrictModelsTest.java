package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in object of a rendered overlay (Deployment, Service, NetworkPolicy, PDB, HPA, ConfigMap, Ingress, ...)
 * uses only fields the Kubernetes API has: fabric8's models are generated from the official OpenAPI document, and
 * whatever they do not know lands in an {@code additionalProperties} map, which this check walks. A misspelt or
 * misplaced field ({@code imagePullPolcy}, {@code readinessProbe} under {@code spec}) would otherwise be dropped by the
 * API server without a word. Of custom resources (Strimzi, CloudNativePG, KEDA, Prometheus Operator) only the metadata
 * is checked here, as the API server's ObjectMeta; their content follows the operators' CRD schemas
 * ({@link CustomResourceSchemaTest}).
 */
class StrictModelsTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noBuiltInObjectHasAFieldTheKubernetesApiDoesNotKnow(String overlay) {
        assertThat(unknownFields(Overlay.render(overlay))).isEmpty();
    }

    @Test
    void aMisspeltOrMisplacedFieldIsNamedWithItsPath() {
        Overlay broken = Overlay.parse("broken", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: account-service
                spec:
                  selector:
                    matchLabels: {app: a}
                  template:
                    metadata:
                      labels: {app: a}
                    spec:
                      containers:
                        - name: account-service
                          image: infoloker/account-service:0.1.0
                          imagePullPolcy: Always
                      readinessProbe:
                        httpGet: {path: /actuator/health/readiness, port: 9090}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: account-service
                  labels: {free-form: "labels are a map, not unknown fields"}
                spec:
                  ports:
                    - port: 8081
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: account.registered.v1
                  lables: {strimzi.io/cluster: infoloker-kafka}
                spec:
                  partitions: 6
                """);

        assertThat(unknownFields(broken)).containsExactlyInAnyOrder(
                "Deployment account-service: spec.template.spec.containers[0].imagePullPolcy",
                "Deployment account-service: spec.template.spec.readinessProbe",
                "KafkaTopic account.registered.v1: metadata.lables");
    }

    /** "Kind name: path.to.field" for every field a typed model did not know; of custom resources their metadata. */
    static List<String> unknownFields(Overlay overlay) {
        List<String> found = new ArrayList<>();
        for (HasMetadata object : overlay.objects()) {
            String owner = object.getKind() + " " + object.getMetadata().getName() + ": ";
            if (object instanceof GenericKubernetesResource) {
                walk(object.getMetadata(), "metadata", owner, found);
            } else {
                walk(object, "", owner, found);
            }
        }
        return found;
    }

    private static void walk(Object node, String path, String owner, List<String> found) {
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", owner, found);
            }
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> walk(value, path + "." + key, owner, found));
            return;
        }
        if (!(node instanceof KubernetesResource)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> unknown) {
                    unknown.keySet().forEach(key -> found.add(owner + join(path, String.valueOf(key))));
                }
            } else if (value != null) {
                walk(value, join(path, property(getter)), owner, found);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + getter + " of " + target.getClass(), e);
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
