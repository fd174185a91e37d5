package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.integer;
import static id.infoloker.deployment.Manifests.matches;
import static id.infoloker.deployment.Manifests.name;
import static id.infoloker.deployment.Manifests.podLabels;

import id.infoloker.events.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the manifests against the consumers found in the code ({@link KafkaConsumers}). Each check returns the
 * mismatches it finds, so a test can show both that the shipped overlays have none and that a broken one is caught.
 */
final class ConsumerCoherence {

    static final int KAFKA_PORT = 9092;

    /** Each ScaledObject's Kafka triggers are exactly the topics its target's consumer group subscribes to. */
    static List<String> kedaTriggers(Overlay overlay, KafkaConsumers consumers) {
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource so : overlay.custom("ScaledObject")) {
            String target = String.valueOf(at(so, "spec", "scaleTargetRef", "name"));
            String group = consumers.groupOf(target);
            Set<String> triggered = new TreeSet<>();
            for (Map<String, Object> trigger : Manifests.listAt(so, "spec", "triggers")) {
                if (!"kafka".equals(trigger.get("type"))) {
                    continue;
                }
                Map<?, ?> metadata = (Map<?, ?>) trigger.getOrDefault("metadata", Map.of());
                String topic = String.valueOf(metadata.get("topic"));
                triggered.add(topic);
                if (!group.equals(metadata.get("consumerGroup"))) {
                    problems.add("ScaledObject " + name(so) + " measures group " + metadata.get("consumerGroup") + " on "
                            + topic + ", but " + target + " consumes in group " + group);
                }
            }
            Set<String> consumed = consumers.topicsOfGroup(target);
            for (String topic : triggered) {
                if (!consumed.contains(topic)) {
                    problems.add("ScaledObject " + name(so) + " scales " + target + " on " + topic + ", a topic it does "
                            + "not consume (its group has no offsets there: KEDA would pin it at maxReplicaCount)");
                }
            }
            for (String topic : consumed) {
                if (!triggered.contains(topic)) {
                    problems.add("ScaledObject " + name(so) + " has no trigger for " + topic + ", which " + target
                            + " consumes (its lag would never scale it)");
                }
            }
        }
        return problems;
    }

    /** Every consumed topic, and its dead-letter topic, is a KafkaTopic (topic auto-creation is off). */
    static List<String> declaredTopics(Overlay overlay, KafkaConsumers consumers) {
        Set<String> declared = KafkaTopicsTest.topics(overlay).keySet();
        List<String> problems = new ArrayList<>();
        for (KafkaConsumers.Consumption consumption : consumers.consumptions()) {
            List<String> topics = consumption.deadLetters()
                    ? List.of(consumption.topic(), Topics.deadLetterOf(consumption.topic())) : List.of(consumption.topic());
            for (String topic : topics) {
                if (!declared.contains(topic)) {
                    problems.add(consumption.service() + " consumes " + consumption.topic() + " (" + consumption.declaredIn()
                            + ") but no KafkaTopic declares " + topic);
                }
            }
        }
        return problems;
    }

    /**
     * Every consuming service may open connections to the brokers (its NetworkPolicies' egress) and the brokers'
     * listener admits it (Strimzi's networkPolicyPeers); KEDA's namespace is admitted when a ScaledObject reads lag.
     */
    static List<String> networkPaths(Overlay overlay, KafkaConsumers consumers) {
        List<String> problems = new ArrayList<>();
        GenericKubernetesResource kafka = overlay.custom("Kafka").get(0);
        List<Map<String, Object>> peers = new ArrayList<>();
        for (Map<String, Object> listener : Manifests.listAt(kafka, "spec", "kafka", "listeners")) {
            if (Objects.equals(integer(listener.get("port")), KAFKA_PORT)) {
                peers.addAll(listOf(listener.get("networkPolicyPeers")));
            }
        }
        for (String service : consumers.services()) {
            Optional<Deployment> deployment = overlay.deployment(service);
            if (deployment.isEmpty()) {
                problems.add(service + " consumes Kafka in the code but has no Deployment");
                continue;
            }
            Map<String, String> labels = podLabels(deployment.get());
            boolean out = overlay.all(NetworkPolicy.class).stream()
                    .filter(policy -> matches(policy.getSpec().getPodSelector(), labels))
                    .flatMap(policy -> Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of()).stream())
                    .anyMatch(rule -> allowsPort(rule.getPorts()) && Optional.ofNullable(rule.getTo()).orElse(List.of())
                            .stream().anyMatch(peer -> peer.getNamespaceSelector() == null && peer.getPodSelector() != null
                                    && name(kafka).equals(Optional.ofNullable(peer.getPodSelector().getMatchLabels())
                                            .orElse(Map.of()).get("strimzi.io/cluster"))));
            if (!out) {
                problems.add(service + " consumes " + consumers.topicsOfGroup(service) + " but no NetworkPolicy lets it "
                        + "reach the brokers of " + name(kafka) + " on " + KAFKA_PORT);
            }
            boolean in = peers.stream().anyMatch(peer -> peer.get("namespaceSelector") == null
                    && matches(selector(peer.get("podSelector")), labels));
            if (!in) {
                problems.add(service + " consumes Kafka but the " + KAFKA_PORT + " listener's networkPolicyPeers of "
                        + name(kafka) + " do not admit its pods " + labels);
            }
        }
        if (!overlay.custom("ScaledObject").isEmpty() && peers.stream().noneMatch(peer ->
                "keda".equals(Optional.ofNullable(selector(peer.get("namespaceSelector")))
                        .map(LabelSelector::getMatchLabels).map(l -> l.get("kubernetes.io/metadata.name")).orElse(null)))) {
            problems.add("ScaledObjects read consumer lag but the " + KAFKA_PORT + " listener does not admit the keda namespace");
        }
        return problems;
    }

    private static boolean allowsPort(List<NetworkPolicyPort> ports) {
        return ports == null || ports.isEmpty() || ports.stream().map(NetworkPolicyPort::getPort)
                .anyMatch(port -> port == null || Objects.equals(port, new IntOrString(KAFKA_PORT)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static LabelSelector selector(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        return new LabelSelector(null, (Map<String, String>) map.get("matchLabels"));
    }

    private ConsumerCoherence() {
    }
}
