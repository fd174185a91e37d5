package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Production Kafka authenticates and authorises: the services' listener requires SCRAM, and each service's KafkaUser
 * grants exactly what its code does (topics its outbox publishes, topics and groups its listeners consume, their
 * dead-letter topics), derived from the code. Each check is shown catching its mistake on a broken copy.
 */
class KafkaSecurityTest {

    private static final KafkaConsumers CONSUMERS = KafkaConsumers.fromCode();
    private static final Map<String, Set<String>> PRODUCERS = KafkaConsumers.producedTopics();

    /** "type:name:Operation" for every permission a service's code needs, e.g. "topic:account.registered.v1:Write". */
    static Set<String> needed(String service) {
        Set<String> needed = new TreeSet<>();
        PRODUCERS.getOrDefault(service, Set.of()).forEach(topic -> needed.add("topic:" + topic + ":Write"));
        for (KafkaConsumers.Consumption consumption : CONSUMERS.consumptions()) {
            if (consumption.service().equals(service)) {
                needed.add("topic:" + consumption.topic() + ":Read");
                if (consumption.deadLetters()) {
                    needed.add("topic:" + Topics.deadLetterOf(consumption.topic()) + ":Write");
                }
                needed.add("group:" + consumption.group() + ":Read");
            }
        }
        return needed;
    }

    static List<String> aclProblems(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        Map<String, GenericKubernetesResource> users = new java.util.HashMap<>();
        overlay.custom("KafkaUser").forEach(user -> users.put(name(user), user));
        for (String service : Platform.DATABASES.keySet()) {
            Set<String> needed = needed(service);
            GenericKubernetesResource user = users.get(service);
            if (user == null) {
                problems.add("no KafkaUser " + service + " (it needs " + needed + ")");
                continue;
            }
            List<Map<String, Object>> acls = Manifests.listAt(user, "spec", "authorization", "acls");
            for (String permission : needed) {
                String[] parts = permission.split(":", 3);
                boolean granted = acls.stream().anyMatch(acl -> grants(acl, parts[0], parts[1], parts[2]));
                if (!granted) {
                    problems.add("KafkaUser " + service + " lacks " + parts[2] + " on " + parts[0] + " " + parts[1]
                            + " (k8s/overlays/prod/kafka-users.yaml): the code needs it");
                }
            }
            for (Map<String, Object> acl : acls) {
                Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
                String type = String.valueOf(resource.get("type"));
                String resourceName = String.valueOf(resource.get("name"));
                boolean used = needed.stream().anyMatch(permission -> {
                    String[] parts = permission.split(":", 3);
                    return parts[0].equals(type) && matches(resource, parts[1]);
                });
                if ("*".equals(resourceName) || !used) {
                    problems.add("KafkaUser " + service + " is granted " + acl.get("operations") + " on " + type + " "
                            + resourceName + ", which its code does not use");
                }
            }
        }
        return problems;
    }

    private static boolean grants(Map<String, Object> acl, String type, String name, String operation) {
        Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
        List<?> operations = (List<?>) acl.getOrDefault("operations", List.of());
        return type.equals(resource.get("type")) && matches(resource, name) && operations.contains(operation);
    }

    private static boolean matches(Map<?, ?> resource, String name) {
        String pattern = String.valueOf(resource.get("name"));
        return "prefix".equals(resource.get("patternType")) ? name.startsWith(pattern) : name.equals(pattern);
    }

    static List<String> clientProblems(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        GenericKubernetesResource kafka = overlay.custom("Kafka").get(0);
        for (Map<String, Object> listener : Manifests.listAt(kafka, "spec", "kafka", "listeners")) {
            Object authentication = listener.get("authentication") instanceof Map<?, ?> map ? map.get("type") : null;
            if (authentication == null) {
                problems.add("listener " + listener.get("name") + " accepts anyone: no authentication");
            }
        }
        if (!"simple".equals(at(kafka, "spec", "kafka", "authorization", "type"))) {
            problems.add("Kafka has no authorization: ACLs would not be enforced");
        }
        for (String service : Platform.DATABASES.keySet()) {
            Map<String, String> env = overlay.deployment(service)
                    .map(d -> Manifests.environment(d.getSpec().getTemplate().getSpec().getContainers().get(0), overlay))
                    .orElse(Map.of());
            String protocol = env.getOrDefault("SPRING_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
            if (!protocol.startsWith("SASL_") || !"SCRAM-SHA-512".equals(env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"))) {
                problems.add(service + " does not log in to Kafka with SCRAM-SHA-512 (protocol " + protocol + ")");
            }
            if (!("secret:" + service + "/sasl.jaas.config").equals(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))) {
                problems.add(service + " does not read its credentials from its KafkaUser's Secret " + service);
            }
        }
        Set<String> authentications = new TreeSet<>();
        overlay.custom("TriggerAuthentication").forEach(auth -> authentications.add(name(auth)));
        for (GenericKubernetesResource so : overlay.custom("ScaledObject")) {
            for (Map<String, Object> trigger : Manifests.listAt(so, "spec", "triggers")) {
                Object ref = trigger.get("authenticationRef") instanceof Map<?, ?> map ? map.get("name") : null;
                if (ref == null || !authentications.contains(Objects.toString(ref))) {
                    problems.add("ScaledObject " + name(so) + " trigger on " + ((Map<?, ?>) trigger.get("metadata"))
                            .get("topic") + " has no TriggerAuthentication: KEDA could not read the lag");
                }
            }
        }
        return problems;
    }

    @Test
    void productionServicesLogInAndKafkaChecksEveryRequest() {
        assertThat(clientProblems(Overlay.render("prod"))).isEmpty();
    }

    @Test
    void eachServicesKafkaUserGrantsExactlyWhatItsCodeDoes() {
        assertThat(aclProblems(Overlay.render("prod"))).isEmpty();
    }

    @Test
    void aMissingReadAndAWildcardGrantAreCaught() {
        Overlay broken = Overlay.render("prod").copy();
        GenericKubernetesResource notification = broken.custom("KafkaUser").stream()
                .filter(user -> Platform.NOTIFICATION.equals(name(user))).findFirst().orElseThrow();
        List<Map<String, Object>> acls = new ArrayList<>(Manifests.listAt(notification, "spec", "authorization", "acls"));
        acls.removeIf(acl -> Topics.VACANCY_PUBLISHED.equals(((Map<?, ?>) acl.get("resource")).get("name")));
        acls.add(Map.of("resource", Map.of("type", "topic", "name", "*", "patternType", "literal"),
                "operations", List.of("Read")));
        spec(notification).put("authorization", Map.of("type", "simple", "acls", acls));

        assertThat(aclProblems(broken)).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("lacks Read on topic " + Topics.VACANCY_PUBLISHED))
                .anySatisfy(problem -> assertThat(problem).contains("on topic *"));
    }

    @Test
    void anOpenListenerAndATriggerWithoutCredentialsAreCaught() {
        Overlay broken = Overlay.render("prod").copy();
        Manifests.listAt(broken.custom("Kafka").get(0), "spec", "kafka", "listeners").forEach(l -> l.remove("authentication"));
        broken.custom("ScaledObject").forEach(so -> Manifests.listAt(so, "spec", "triggers")
                .forEach(trigger -> trigger.remove("authenticationRef")));
        List<String> problems = clientProblems(broken);
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("no authentication"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("has no TriggerAuthentication"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
