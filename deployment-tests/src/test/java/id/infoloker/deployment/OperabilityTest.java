package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.integer;
import static id.infoloker.deployment.Manifests.matches;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a cluster operator runs into: node drains, image pulls, broker placement and certificate renewal. Each check
 * returns its findings and is shown catching the mistake on a broken copy of an overlay.
 */
class OperabilityTest {

    /** cert-manager's ACME HTTP-01 solver pods carry this label and listen on this port. */
    static final Map<String, String> HTTP01_SOLVER = Map.of("acme.cert-manager.io/http01-solver", "true");
    static final int HTTP01_SOLVER_PORT = 8089;

    static List<String> overlays() {
        return Overlay.names();
    }

    /** A PDB over a single PostgreSQL instance allows no eviction, so a node drain never finishes. */
    static List<String> databaseBudgets(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource cluster : overlay.custom("Cluster")) {
            int instances = Optional.ofNullable(integer(at(cluster, "spec", "instances"))).orElse(1);
            boolean pdb = !"false".equals(String.valueOf(at(cluster, "spec", "enablePDB")));
            if (instances == 1 && pdb) {
                problems.add("Cluster " + name(cluster) + " has one instance and a PDB: node drains would block");
            }
            if (instances > 1 && !pdb) {
                problems.add("Cluster " + name(cluster) + " has " + instances + " instances but no PDB");
            }
        }
        return problems;
    }

    /** A tag that is rebuilt in place (-dev, -SNAPSHOT) must be pulled every time, or nodes run stale images. */
    static List<String> mutableTagsPulledAlways(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.deployments()) {
            for (var container : Manifests.allContainers(deployment)) {
                String tag = container.getImage().substring(container.getImage().lastIndexOf(':') + 1);
                boolean mutable = tag.endsWith("-dev") || tag.endsWith("-SNAPSHOT") || tag.equals("dev");
                if (mutable && !"Always".equals(container.getImagePullPolicy())) {
                    problems.add(name(deployment) + " runs the mutable tag " + container.getImage() + " with pull policy "
                            + container.getImagePullPolicy());
                }
            }
        }
        return problems;
    }

    /** Each broker pool with more than one node keeps its nodes on different Kubernetes nodes. */
    static List<String> brokerSpread(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource pool : overlay.custom("KafkaNodePool")) {
            int replicas = Optional.ofNullable(integer(at(pool, "spec", "replicas"))).orElse(1);
            if (replicas < 2) {
                continue;
            }
            Map<String, String> podLabels = Map.of("strimzi.io/cluster", pool.getMetadata().getLabels().get("strimzi.io/cluster"),
                    "strimzi.io/pool-name", name(pool));
            List<Map<String, Object>> terms = Manifests.listAt(pool, "spec", "template", "pod", "affinity", "podAntiAffinity",
                    "requiredDuringSchedulingIgnoredDuringExecution");
            boolean spread = terms.stream().anyMatch(term -> "kubernetes.io/hostname".equals(term.get("topologyKey"))
                    && term.get("labelSelector") instanceof Map<?, ?> selector
                    && selector.get("matchLabels") instanceof Map<?, ?> labels
                    && podLabels.entrySet().containsAll(labels.entrySet()) && !labels.isEmpty());
            if (!spread) {
                problems.add("KafkaNodePool " + name(pool) + " (" + replicas + " nodes) has no required pod anti-affinity on "
                        + "kubernetes.io/hostname over its own pods: two brokers on one node fall together");
            }
        }
        return problems;
    }

    /** The ingress controller may reach cert-manager's HTTP-01 solver through the default-deny ingress policy. */
    static List<String> http01Solver(Overlay overlay) {
        boolean admitted = overlay.all(NetworkPolicy.class).stream()
                .filter(policy -> matches(policy.getSpec().getPodSelector(), HTTP01_SOLVER))
                .flatMap(policy -> Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of()).stream())
                .anyMatch(rule -> Optional.ofNullable(rule.getPorts()).orElse(List.of()).stream()
                        .anyMatch(port -> Objects.equals(port.getPort(), new IntOrString(HTTP01_SOLVER_PORT)))
                        && Optional.ofNullable(rule.getFrom()).orElse(List.of()).stream()
                        .anyMatch(peer -> peer.getNamespaceSelector() != null
                                && ExposureTest.INGRESS_CONTROLLER_NAMESPACE.equals(Optional.ofNullable(
                                        peer.getNamespaceSelector().getMatchLabels()).orElse(Map.of())
                                        .get("kubernetes.io/metadata.name"))));
        return admitted ? List.of() : List.of("no NetworkPolicy admits the ingress controller to cert-manager's HTTP-01 "
                + "solver on " + HTTP01_SOLVER_PORT + ": certificates can neither be issued nor renewed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void nodeDrainsAreNeverBlockedByASingleDatabaseInstance(String overlayName) {
        assertThat(databaseBudgets(Overlay.render(overlayName))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void mutableImageTagsArePulledEveryTime(String overlayName) {
        assertThat(mutableTagsPulledAlways(Overlay.render(overlayName))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void brokersRunOnDifferentNodes(String overlayName) {
        assertThat(brokerSpread(Overlay.render(overlayName))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void certManagersHttp01SolverIsReachable(String overlayName) {
        assertThat(http01Solver(Overlay.render(overlayName))).isEmpty();
    }

    @Test
    void aSingleInstanceDatabaseWithABudgetIsCaught() {
        Overlay broken = Overlay.render("dev").copy();
        spec(broken.custom("Cluster").get(0)).put("enablePDB", true);
        assertThat(databaseBudgets(broken)).singleElement().asString().contains("one instance and a PDB");
    }

    @Test
    void aMutableTagWithIfNotPresentIsCaught() {
        Overlay broken = Overlay.render("dev").copy();
        broken.deployment(Platform.GATEWAY).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0)
                .setImagePullPolicy("IfNotPresent");
        assertThat(mutableTagsPulledAlways(broken)).singleElement().asString().contains(Platform.GATEWAY);
    }

    @Test
    void brokersWithoutAntiAffinityAreCaught() {
        Overlay broken = Overlay.render("prod").copy();
        broken.custom("KafkaNodePool").forEach(pool -> spec(pool).remove("template"));
        assertThat(brokerSpread(broken)).isNotEmpty();
    }

    @Test
    void aMissingHttp01SolverPolicyIsCaught() {
        Overlay prod = Overlay.render("prod");
        List<HasMetadata> without = prod.objects().stream()
                .filter(o -> !(o instanceof NetworkPolicy policy && matches(policy.getSpec().getPodSelector(), HTTP01_SOLVER)))
                .toList();
        assertThat(http01Solver(new Overlay("prod", without))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
