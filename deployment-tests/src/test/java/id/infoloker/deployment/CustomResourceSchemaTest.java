package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every custom resource of a rendered overlay (Strimzi, CloudNativePG and its Barman Cloud plugin, KEDA, Prometheus
 * Operator) follows its operator's CRD schema, vendored with its version: an unknown field, which the API server would
 * silently drop, fails like a wrong type, enum value, pattern or range; a kind without a vendored schema fails too.
 * The negative cases break the real manifest files (read without kustomize, so they run even without kubectl).
 */
class CustomResourceSchemaTest {

    private static final CustomResourceSchemas SCHEMAS = CustomResourceSchemas.vendored();

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyCustomResourceFollowsItsOperatorsSchema(String overlay) {
        assertThat(SCHEMAS.violations(Overlay.render(overlay))).isEmpty();
    }

    @Test
    void exactlyTheRenderedKindsAreVendored() {
        TreeSet<String> rendered = new TreeSet<>();
        for (String overlay : Overlay.names()) {
            Overlay.render(overlay).objects().stream().filter(GenericKubernetesResource.class::isInstance)
                    .map(HasMetadata::getKind).forEach(rendered::add);
        }
        assertThat(SCHEMAS.kinds()).as("vendored CRD kinds (drop a schema no overlay uses)").isEqualTo(rendered);
    }

    static Stream<Arguments> misspeltFields() {
        return Stream.of(
                Arguments.of("k8s/base/kafka/topics.yaml", "KafkaTopic", List.of("spec"), "partitions", "partitons",
                        List.of("spec.partitons: unknown field [strimzi-0.49.1]")),
                Arguments.of("k8s/base/kafka/kafka.yaml", "Kafka", List.of("spec", "kafka"), "metadataVersion",
                        "metadataVersions", List.of("spec.kafka.metadataVersions: unknown field [strimzi-0.49.1]")),
                Arguments.of("k8s/base/notification-service/scaledobject.yaml", "ScaledObject", List.of("spec"),
                        "cooldownPeriod", "coolDownPeriod",
                        List.of("spec.coolDownPeriod: unknown field [keda-2.20.2]")),
                Arguments.of("k8s/base/postgres/cluster.yaml", "Cluster", List.of("spec"), "enablePDB", "enablePdb",
                        List.of("spec.enablePdb: unknown field [cloudnative-pg-1.26.3]")),
                Arguments.of("k8s/overlays/prod/backup.yaml", "ObjectStore", List.of("spec"), "retentionPolicy",
                        "retention", List.of("spec.retention: unknown field [plugin-barman-cloud-0.14.0]")),
                Arguments.of("k8s/base/monitoring/prometheus-rules.yaml", "PrometheusRule",
                        List.of("spec", "groups", 0, "rules", 0), "expr", "expression", List.of(
                                "spec.groups[0].rules[0]: missing required field 'expr' [prometheus-operator-0.93.0]",
                                "spec.groups[0].rules[0].expression: unknown field [prometheus-operator-0.93.0]")));
    }

    @ParameterizedTest(name = "{1}.{3} -> {4}")
    @MethodSource("misspeltFields")
    void aMisspeltFieldIsNamedWithItsPathForEveryOperator(String file, String kind, List<Object> parent, String field,
            String misspelt, List<String> expected) {
        Overlay manifests = manifests(file);
        assertThat(SCHEMAS.violations(manifests)).as("%s as committed", file).isEmpty();
        GenericKubernetesResource resource = manifests.custom(kind).get(0);
        Map<String, Object> holder = resource.get(parent.toArray());
        holder.put(misspelt, holder.remove(field));

        assertThat(SCHEMAS.violations(manifests)).containsExactlyInAnyOrderElementsOf(expected.stream()
                .map(error -> kind + " " + resource.getMetadata().getName() + ": " + error).toList());
    }

    @Test
    void aWrongTypeEnumValuePatternOrRangeIsNamedWithTheRule() {
        Overlay users = manifests("k8s/overlays/prod/kafka-users.yaml");
        GenericKubernetesResource user = users.custom("KafkaUser").get(0);
        map(user, "spec", "authentication").put("type", "scram-sha-256");

        Overlay scaledObject = manifests("k8s/base/notification-service/scaledobject.yaml");
        map(scaledObject.custom("ScaledObject").get(0), "spec", "triggers", 0, "metadata").put("lagThreshold", 100);

        Overlay topics = manifests("k8s/base/kafka/topics.yaml");
        GenericKubernetesResource topic = topics.custom("KafkaTopic").get(0);
        map(topic, "spec").put("partitions", 0);

        Overlay rules = manifests("k8s/base/monitoring/prometheus-rules.yaml");
        map(rules.custom("PrometheusRule").get(0), "spec", "groups", 0, "rules", 0).put("for", "10min");

        Overlay cluster = manifests("k8s/base/postgres/cluster.yaml");
        Map<String, Object> limits = map(cluster.custom("Cluster").get(0), "spec", "resources", "limits");
        limits.put("cpu", 2); // int-or-string: a plain number is a valid quantity
        limits.put("memory", "2 Gi");
        map(cluster.custom("Cluster").get(0), "spec", "resources", "requests").put("memory", true);

        assertThat(SCHEMAS.violations(users)).containsExactly("KafkaUser " + user.getMetadata().getName()
                + ": spec.authentication.type: must be one of [tls, tls-external, scram-sha-512], found string "
                + "\"scram-sha-256\" [strimzi-0.49.1]");
        assertThat(SCHEMAS.violations(scaledObject)).containsExactly("ScaledObject notification-service: "
                + "spec.triggers[0].metadata.lagThreshold: expected string, found integer 100 [keda-2.20.2]");
        assertThat(SCHEMAS.violations(topics)).containsExactly("KafkaTopic " + topic.getMetadata().getName()
                + ": spec.partitions: 0 is below minimum 1 [strimzi-0.49.1]");
        assertThat(SCHEMAS.violations(rules)).singleElement().asString()
                .startsWith("PrometheusRule infoloker-alerts: spec.groups[0].rules[0].for: \"10min\" does not match "
                        + "pattern ^(0|(([0-9]+)y)?");
        assertThat(SCHEMAS.violations(cluster)).hasSize(2).allSatisfy(error -> assertThat(error)
                .startsWith("Cluster infoloker-db: spec.resources.")).anySatisfy(error -> assertThat(error)
                .startsWith("Cluster infoloker-db: spec.resources.limits.memory: \"2 Gi\" does not match pattern"))
                .contains("Cluster infoloker-db: spec.resources.requests.memory: expected integer or string, found "
                        + "boolean true [cloudnative-pg-1.26.3]");
    }

    @Test
    void aKindOrVersionWithoutAVendoredSchemaFails() {
        Overlay unknown = Overlay.parse("unknown", """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: gateway
                spec:
                  endpoints: [{port: management}]
                ---
                apiVersion: kafka.strimzi.io/v1beta1
                kind: KafkaNodePool
                metadata:
                  name: dual-role
                spec:
                  replicas: 3
                """);

        assertThat(SCHEMAS.violations(unknown)).containsExactly(
                "ServiceMonitor gateway: no vendored schema serves monitoring.coreos.com/v1 ServiceMonitor; vendor its "
                        + "CRD under src/test/resources/schemas/ (README)",
                "KafkaNodePool dual-role: no vendored schema serves kafka.strimzi.io/v1beta1 KafkaNodePool (vendored: "
                        + "kafka.strimzi.io/v1 (strimzi-0.49.1), kafka.strimzi.io/v1beta2 (strimzi-0.49.1)); vendor "
                        + "its CRD under src/test/resources/schemas/ (README)");
    }

    /** One manifest file as committed, parsed without kustomize. */
    private static Overlay manifests(String file) {
        try {
            return Overlay.parse(file, Files.readString(Repository.path(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> map(GenericKubernetesResource resource, Object... path) {
        return resource.get(path);
    }
}
