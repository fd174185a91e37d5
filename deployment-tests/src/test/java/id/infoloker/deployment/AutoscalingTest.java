package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.integer;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** HPA on CPU for the gateway, web and account-service; KEDA on consumer lag for the consumers; and what that costs. */
class AutoscalingTest {

    /** PostgreSQL's superuser_reserved_connections plus CloudNativePG's own connections (replication, status). */
    private static final int RESERVED_CONNECTIONS = 10;

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void hpasScaleTheGatewayWebAndAccountServiceOnCpu(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<HorizontalPodAutoscaler> hpas = overlay.all(HorizontalPodAutoscaler.class);
        assertThat(hpas).extracting(hpa -> hpa.getSpec().getScaleTargetRef().getName()).as("HPA targets in %s", overlay)
                .containsExactlyInAnyOrderElementsOf(Platform.HPA_TARGETS);
        assertSoftly(softly -> hpas.forEach(hpa -> {
            var target = hpa.getSpec().getScaleTargetRef();
            String where = "HPA " + name(hpa) + " in " + overlay;
            softly.assertThat(target.getKind()).as(where + " target kind").isEqualTo("Deployment");
            softly.assertThat(overlay.deployment(target.getName())).as(where + " targets an existing Deployment")
                    .isPresent();
            softly.assertThat(hpa.getSpec().getMetrics()).as(where + " scales on CPU utilisation").anySatisfy(metric -> {
                assertThat(metric.getResource().getName()).isEqualTo("cpu");
                assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
            });
            softly.assertThat(hpa.getSpec().getMinReplicas()).as(where + " minReplicas").isNotNull().isPositive();
            softly.assertThat(hpa.getSpec().getMaxReplicas()).as(where + " maxReplicas >= minReplicas")
                    .isGreaterThanOrEqualTo(Optional.ofNullable(hpa.getSpec().getMinReplicas()).orElse(1));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void scaledObjectsScaleTheConsumersOnTheLagOfTheirOwnGroup(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<GenericKubernetesResource> scaledObjects = overlay.custom("ScaledObject");
        assertThat(scaledObjects).extracting(so -> String.valueOf(at(so, "spec", "scaleTargetRef", "name")))
                .as("KEDA targets in %s", overlay).containsExactlyInAnyOrderElementsOf(Platform.KEDA_SCALED);
        var topics = KafkaTopicsTest.topics(overlay);
        assertSoftly(softly -> scaledObjects.forEach(so -> {
            String target = String.valueOf(at(so, "spec", "scaleTargetRef", "name"));
            String where = "ScaledObject " + name(so) + " in " + overlay;
            softly.assertThat(Objects.toString(at(so, "spec", "scaleTargetRef", "kind"), "Deployment"))
                    .as(where + " target kind").isEqualTo("Deployment");
            softly.assertThat(overlay.deployment(target)).as(where + " targets an existing Deployment").isPresent();
            List<Map<String, Object>> triggers = Manifests.listAt(so, "spec", "triggers");
            List<String> triggerTopics = new ArrayList<>();
            for (Map<String, Object> trigger : triggers) {
                softly.assertThat(trigger.get("type")).as(where + " trigger type").isEqualTo("kafka");
                @SuppressWarnings("unchecked")
                Map<String, Object> metadata = (Map<String, Object>) trigger.getOrDefault("metadata", Map.of());
                softly.assertThat(metadata.get("consumerGroup")).as(where + " consumer group is the service name")
                        .isEqualTo(target);
                String topic = String.valueOf(metadata.get("topic"));
                triggerTopics.add(topic);
                softly.assertThat(topics).as(where + " topic " + topic + " is a declared KafkaTopic").containsKey(topic);
            }
            softly.assertThat(triggerTopics).as(where + " one trigger per topic (ConsumerCoherenceTest: the right ones)")
                    .doesNotHaveDuplicates();
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kedaNeverScalesBeyondThePartitionsOfItsTopics(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        var topics = KafkaTopicsTest.topics(overlay);
        assertSoftly(softly -> overlay.custom("ScaledObject").forEach(so -> {
            Integer max = integer(at(so, "spec", "maxReplicaCount"));
            Integer min = integer(at(so, "spec", "minReplicaCount"));
            String where = "ScaledObject " + name(so) + " in " + overlay;
            softly.assertThat(max).as(where + " maxReplicaCount must be set (KEDA's default is 100)").isNotNull();
            if (max == null) {
                return;
            }
            softly.assertThat(Optional.ofNullable(min).orElse(0)).as(where + " minReplicaCount <= max")
                    .isLessThanOrEqualTo(max);
            for (Map<String, Object> trigger : Manifests.listAt(so, "spec", "triggers")) {
                @SuppressWarnings("unchecked")
                String topic = String.valueOf(((Map<String, Object>) trigger.get("metadata")).get("topic"));
                Optional.ofNullable(topics.get(topic)).ifPresent(kafkaTopic -> softly.assertThat(max)
                        .as(where + " maxReplicaCount <= partitions of " + topic + " (an extra consumer sits idle)")
                        .isLessThanOrEqualTo(integer(at(kafkaTopic, "spec", "partitions"))));
            }
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kedaReachesThisNamespacesKafkaFromItsOwnNamespace(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        String kafka = name(overlay.custom("Kafka").get(0));
        String expected = kafka + "-kafka-bootstrap." + overlay.namespace() + ".svc:9092";
        assertSoftly(softly -> overlay.custom("ScaledObject").forEach(so -> Manifests.listAt(so, "spec", "triggers")
                .forEach(trigger -> softly.assertThat(((Map<?, ?>) trigger.get("metadata")).get("bootstrapServers"))
                        .as("ScaledObject %s bootstrapServers in %s", name(so), overlay).isEqualTo(expected))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachDeploymentHasAtMostOneAutoscalerWhichOwnsItsReplicaCount(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        Map<String, Integer> autoscalers = new HashMap<>();
        overlay.all(HorizontalPodAutoscaler.class)
                .forEach(hpa -> autoscalers.merge(hpa.getSpec().getScaleTargetRef().getName(), 1, Integer::sum));
        overlay.custom("ScaledObject")
                .forEach(so -> autoscalers.merge(String.valueOf(at(so, "spec", "scaleTargetRef", "name")), 1, Integer::sum));
        assertSoftly(softly -> autoscalers.forEach((deployment, count) -> {
            softly.assertThat(count).as("autoscalers of %s in %s (HPA and KEDA would fight)", deployment, overlay)
                    .isEqualTo(1);
            overlay.deployment(deployment).ifPresent(d -> softly.assertThat(d.getSpec().getReplicas())
                    .as("%s sets no replicas: re-applying the manifests would undo the autoscaler", deployment).isNull());
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void scaledOutServicesStayWithinTheDatabaseConnectionBudget(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        GenericKubernetesResource cluster = overlay.custom("Cluster").get(0);
        Map<String, Integer> roleLimits = Manifests.listAt(cluster, "spec", "managed", "roles").stream()
                .collect(Collectors.toMap(role -> String.valueOf(role.get("name")),
                        role -> Optional.ofNullable(integer(role.get("connectionLimit"))).orElse(-1)));
        Integer maxConnections = integer(at(cluster, "spec", "postgresql", "parameters", "max_connections"));
        assertThat(maxConnections).as("max_connections set on %s in %s", name(cluster), overlay).isNotNull();
        assertSoftly(softly -> {
            Platform.DATABASES.forEach((service, role) -> overlay.deployment(service).ifPresent(deployment -> {
                int pods = maxPods(overlay, deployment) + surge(deployment, maxPods(overlay, deployment));
                int needed = pods * Platform.CONNECTIONS_PER_POD;
                Integer limit = roleLimits.get(role);
                softly.assertThat(limit).as("role %s has a connectionLimit in %s", role, overlay)
                        .isNotNull().isPositive();
                if (limit != null && limit > 0) {
                    softly.assertThat(needed).as("%s at full scale (%d pods incl. rollout surge x %d connections) within "
                            + "role %s's connectionLimit in %s", service, pods, Platform.CONNECTIONS_PER_POD, role, overlay)
                            .isLessThanOrEqualTo(limit);
                }
            }));
            int allRoles = roleLimits.values().stream().mapToInt(limit -> Math.max(limit, 0)).sum();
            softly.assertThat(allRoles + RESERVED_CONNECTIONS)
                    .as("sum of role connection limits + %d reserved <= max_connections in %s", RESERVED_CONNECTIONS, overlay)
                    .isLessThanOrEqualTo(maxConnections);
        });
    }

    /** The most pods a Deployment can have: its autoscaler's maximum, or its fixed replica count. */
    static int maxPods(Overlay overlay, Deployment deployment) {
        String target = name(deployment);
        for (HorizontalPodAutoscaler hpa : overlay.all(HorizontalPodAutoscaler.class)) {
            if (target.equals(hpa.getSpec().getScaleTargetRef().getName())) {
                return hpa.getSpec().getMaxReplicas();
            }
        }
        for (GenericKubernetesResource so : overlay.custom("ScaledObject")) {
            if (target.equals(String.valueOf(at(so, "spec", "scaleTargetRef", "name")))) {
                return Optional.ofNullable(integer(at(so, "spec", "maxReplicaCount"))).orElse(100);
            }
        }
        return Optional.ofNullable(deployment.getSpec().getReplicas()).orElse(1);
    }

    private static int surge(Deployment deployment, int replicas) {
        var strategy = deployment.getSpec().getStrategy();
        IntOrString surge = strategy == null || strategy.getRollingUpdate() == null
                ? new IntOrString("25%") : strategy.getRollingUpdate().getMaxSurge();
        if (surge == null) {
            surge = new IntOrString("25%");
        }
        if (surge.getIntVal() != null) {
            return surge.getIntVal();
        }
        int percent = Integer.parseInt(surge.getStrVal().replace("%", ""));
        return (int) Math.ceil(replicas * percent / 100.0);
    }
}
