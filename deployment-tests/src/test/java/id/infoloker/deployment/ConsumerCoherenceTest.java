package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KEDA triggers, KafkaTopics and the Kafka NetworkPolicies agree with the {@code @KafkaListener}s in the code. Each
 * check is also shown catching the mismatch it exists for, on a deliberately broken copy of an overlay.
 */
class ConsumerCoherenceTest {

    private static final KafkaConsumers CODE = KafkaConsumers.fromCode();

    static List<String> overlays() {
        return Overlay.names();
    }

    @Test
    void theConsumersAreReadFromTheListenersInTheCode() {
        assertThat(CODE.topicsOfGroup(Platform.VERIFICATION))
                .contains(Topics.ACCOUNT_REGISTERED, Topics.ACCOUNT_DOCUMENTS_SUBMITTED);
        assertThat(CODE.topicsOfGroup(Platform.NOTIFICATION)).contains(Topics.ACCOUNT_REGISTERED)
                .doesNotContain(Topics.VERIFICATION_DECIDED);
        assertThat(CODE.topicsOfGroup(Platform.ACCOUNT)).contains(Topics.VERIFICATION_DECIDED);
        assertThat(CODE.services()).doesNotContain(Platform.GATEWAY, Platform.WEB);
        assertThat(CODE.groupOf(Platform.NOTIFICATION)).isEqualTo(Platform.NOTIFICATION);
        // The kit's revocation feed: every service, a group per instance, so no KEDA trigger and no dead letters.
        assertThat(CODE.consumptions()).filteredOn(c -> c.topic().equals(Topics.ACCESS_REVOKED))
                .extracting(KafkaConsumers.Consumption::service).containsExactlyInAnyOrderElementsOf(
                        Platform.DATABASES.keySet());
        assertThat(CODE.topicsOfGroup(Platform.NOTIFICATION)).doesNotContain(Topics.ACCESS_REVOKED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kedaScalesEachConsumerOnExactlyTheTopicsItsGroupConsumes(String overlayName) {
        assertThat(ConsumerCoherence.kedaTriggers(Overlay.render(overlayName), CODE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConsumedTopicAndItsDeadLetterTopicIsAKafkaTopic(String overlayName) {
        assertThat(ConsumerCoherence.declaredTopics(Overlay.render(overlayName), CODE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConsumerMayReachTheBrokersAndTheBrokersAdmitIt(String overlayName) {
        assertThat(ConsumerCoherence.networkPaths(Overlay.render(overlayName), CODE)).isEmpty();
    }

    @Test
    void aTriggerOnATopicTheServiceDoesNotConsumeIsCaught() {
        // The bug this check was written for: notification-service scaled on verification.decided.v1.
        Overlay broken = Overlay.render("prod").copy();
        GenericKubernetesResource so = scaledObject(broken, Platform.NOTIFICATION);
        List<Map<String, Object>> triggers = new ArrayList<>(Manifests.listAt(so, "spec", "triggers"));
        Map<String, Object> extra = new LinkedHashMap<>(triggers.get(0));
        Map<String, Object> metadata = new LinkedHashMap<>(cast(extra.get("metadata")));
        metadata.put("topic", Topics.VERIFICATION_DECIDED);
        extra.put("metadata", metadata);
        triggers.add(extra);
        cast(so.getAdditionalProperties().get("spec")).put("triggers", triggers);

        assertThat(ConsumerCoherence.kedaTriggers(broken, CODE))
                .singleElement().asString().contains(Topics.VERIFICATION_DECIDED, "does not consume");
    }

    @Test
    void aListenerWithoutATriggerIsCaught() {
        // verification-service publishes its decisions and never consumes them: a listener there would need a trigger.
        KafkaConsumers more = CODE.plus(Platform.VERIFICATION, Topics.VERIFICATION_DECIDED);
        assertThat(ConsumerCoherence.kedaTriggers(Overlay.render("prod"), more))
                .singleElement().asString().contains("no trigger for " + Topics.VERIFICATION_DECIDED);
    }

    @Test
    void aConsumedTopicWithoutAKafkaTopicIsCaught() {
        Overlay broken = Overlay.render("prod").copy();
        String topic = Topics.ACCOUNT_STATUS_CHANGED;
        Overlay withoutTopic = new Overlay(broken.name(), broken.objects().stream()
                .filter(o -> !(o instanceof GenericKubernetesResource r && "KafkaTopic".equals(r.getKind())
                        && topic.equals(KafkaTopicsTest.topicName(r))))
                .toList());
        assertThat(ConsumerCoherence.declaredTopics(withoutTopic, CODE)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("no KafkaTopic declares " + topic));
    }

    @Test
    void aConsumerTheBrokersDoNotAdmitIsCaught() {
        Overlay broken = Overlay.render("prod").copy();
        Deployment notification = broken.deployment(Platform.NOTIFICATION).orElseThrow();
        notification.getSpec().getTemplate().getMetadata().getLabels().remove("infoloker.id/tier");
        assertThat(ConsumerCoherence.networkPaths(broken, CODE))
                .anySatisfy(problem -> assertThat(problem).contains(Platform.NOTIFICATION, "networkPolicyPeers"));
    }

    @Test
    void aConsumerWhoseEgressToTheBrokersIsClosedIsCaught() {
        String kafka = name(Overlay.render("prod").custom("Kafka").get(0));
        assertThat(ConsumerCoherence.networkPaths(Overlay.render("prod"), CODE)).isEmpty();
        Overlay broken = Overlay.render("prod").copy();
        broken.all(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class).forEach(policy ->
                java.util.Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of()).forEach(rule ->
                        java.util.Optional.ofNullable(rule.getTo()).orElse(List.of()).stream()
                                .filter(peer -> peer.getPodSelector() != null
                                        && peer.getPodSelector().getMatchLabels() != null
                                        && kafka.equals(peer.getPodSelector().getMatchLabels().get("strimzi.io/cluster")))
                                .forEach(peer -> peer.getPodSelector().getMatchLabels().put("strimzi.io/cluster", "other"))));
        assertThat(ConsumerCoherence.networkPaths(broken, CODE))
                .anySatisfy(problem -> assertThat(problem).contains("no NetworkPolicy lets it reach the brokers"));
    }

    private static GenericKubernetesResource scaledObject(Overlay overlay, String target) {
        return overlay.custom("ScaledObject").stream()
                .filter(so -> target.equals(String.valueOf(at(so, "spec", "scaleTargetRef", "name"))))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
