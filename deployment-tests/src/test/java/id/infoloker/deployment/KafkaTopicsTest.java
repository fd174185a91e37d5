package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.integer;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import id.infoloker.events.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every topic the code uses (platform/events' Topics.ALL) exists as a Strimzi KafkaTopic with its dead-letter topic. */
class KafkaTopicsTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    /** The topic name Strimzi creates: spec.topicName, or the resource name. */
    static String topicName(GenericKubernetesResource topic) {
        return Objects.toString(at(topic, "spec", "topicName"), name(topic));
    }

    static Map<String, GenericKubernetesResource> topics(Overlay overlay) {
        return overlay.custom("KafkaTopic").stream()
                .collect(Collectors.toMap(KafkaTopicsTest::topicName, Function.identity()));
    }

    static Set<String> expectedTopics() {
        Set<String> expected = new TreeSet<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetterOf(topic));
        }
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyTopicInTheCodeIsDeclaredWithItsDeadLetterTopic(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertThat(topics(overlay).keySet()).as("KafkaTopics in %s", overlay).containsAll(expectedTopics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noTopicIsDeclaredThatTheCodeDoesNotKnow(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertThat(topics(overlay).keySet()).as("KafkaTopics in %s not in Topics.ALL (stale or misspelt?)", overlay)
                .isSubsetOf(expectedTopics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void aDeadLetterTopicHasTheSamePartitionsAsItsTopic(String overlayName) {
        // The service kit publishes a failed record to the same partition of <topic>.dlt.
        Map<String, GenericKubernetesResource> topics = topics(Overlay.render(overlayName));
        assertSoftly(softly -> Topics.ALL.stream().filter(topics::containsKey).forEach(topic -> {
            var deadLetter = topics.get(Topics.deadLetterOf(topic));
            if (deadLetter != null) {
                softly.assertThat(integer(at(deadLetter, "spec", "partitions"))).as("partitions of %s.dlt", topic)
                        .isEqualTo(integer(at(topics.get(topic), "spec", "partitions")));
            }
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void topicsBelongToTheKafkaClusterAndFitItsBrokers(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<GenericKubernetesResource> kafkas = overlay.custom("Kafka");
        assertThat(kafkas).as("one Kafka in %s", overlay).hasSize(1);
        String cluster = name(kafkas.get(0));
        int brokers = overlay.custom("KafkaNodePool").stream()
                .filter(pool -> cluster.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(pool -> Manifests.stringsAt(pool, "spec", "roles").contains("broker"))
                .mapToInt(pool -> integer(at(pool, "spec", "replicas"))).sum();
        assertSoftly(softly -> overlay.custom("KafkaTopic").forEach(topic -> {
            String where = "KafkaTopic " + name(topic) + " in " + overlay;
            softly.assertThat(topic.getMetadata().getLabels()).as(where + " belongs to the Kafka cluster")
                    .containsEntry("strimzi.io/cluster", cluster);
            int replicas = integer(at(topic, "spec", "replicas"));
            softly.assertThat(replicas).as(where + " replicas <= brokers (" + brokers + ")").isLessThanOrEqualTo(brokers);
            Integer minIsr = integer(at(topic, "spec", "config", "min.insync.replicas"));
            softly.assertThat(minIsr).as(where + " min.insync.replicas").isNotNull();
            if (minIsr != null && replicas > 1) {
                softly.assertThat(minIsr).as(where + " min.insync.replicas < replicas, or one broker down stops writes")
                        .isLessThan(replicas);
            }
        }));
    }

    @Test
    void productionTopicsSurviveTheLossOfABroker() {
        Overlay prod = Overlay.render("prod");
        assertSoftly(softly -> prod.custom("KafkaTopic").forEach(topic -> {
            String where = "prod KafkaTopic " + name(topic);
            softly.assertThat(integer(at(topic, "spec", "replicas"))).as(where + " replicas").isEqualTo(3);
            softly.assertThat(integer(at(topic, "spec", "config", "min.insync.replicas"))).as(where + " min.insync.replicas")
                    .isEqualTo(2);
            softly.assertThat(integer(at(topic, "spec", "partitions"))).as(where + " partitions").isEqualTo(6);
        }));
    }

    @Test
    void developmentTopicsHaveThreePartitions() {
        Overlay dev = Overlay.render("dev");
        assertThat(dev.custom("KafkaTopic")).allSatisfy(topic ->
                assertThat(integer(at(topic, "spec", "partitions"))).as("dev %s partitions", name(topic)).isEqualTo(3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaRunsInKRaftModeOnNodePools(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        GenericKubernetesResource kafka = overlay.custom("Kafka").get(0);
        assertThat(kafka.getAdditionalProperties().get("spec")).as("no ZooKeeper").asString().doesNotContain("zookeeper");
        List<String> roles = new ArrayList<>();
        overlay.custom("KafkaNodePool").stream()
                .filter(pool -> name(kafka).equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .forEach(pool -> roles.addAll(Manifests.stringsAt(pool, "spec", "roles")));
        assertThat(roles).as("KRaft node pools of %s in %s", name(kafka), overlay).contains("controller", "broker");
        assertThat(at(kafka, "spec", "entityOperator", "topicOperator")).as("the topic operator creates the KafkaTopics")
                .isNotNull();
        assertThat(String.valueOf(at(kafka, "spec", "kafka", "config", "auto.create.topics.enable")))
                .as("auto topic creation is off").isEqualTo("false");
    }
}
