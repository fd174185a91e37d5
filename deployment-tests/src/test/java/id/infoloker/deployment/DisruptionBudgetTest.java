package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.matches;
import static id.infoloker.deployment.Manifests.name;
import static id.infoloker.deployment.Manifests.podLabels;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Node drains keep every service running, and never block forever. */
class DisruptionBudgetTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasOnePodDisruptionBudgetThatStillLetsADrainProceed(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<PodDisruptionBudget> budgets = overlay.all(PodDisruptionBudget.class);
        assertSoftly(softly -> overlay.deployments().forEach(deployment -> {
            List<PodDisruptionBudget> covering = budgets.stream()
                    .filter(pdb -> matches(pdb.getSpec().getSelector(), podLabels(deployment))).toList();
            softly.assertThat(covering).as("PodDisruptionBudgets selecting %s in %s", name(deployment), overlay).hasSize(1);
            if (covering.size() != 1) {
                return;
            }
            var spec = covering.get(0).getSpec();
            int minPods = minPods(overlay, deployment);
            if (spec.getMaxUnavailable() != null) {
                softly.assertThat(absolute(spec.getMaxUnavailable(), minPods))
                        .as("%s: maxUnavailable must allow one eviction", name(deployment)).isGreaterThanOrEqualTo(1);
            } else {
                softly.assertThat(spec.getMinAvailable()).as("%s: minAvailable or maxUnavailable", name(deployment))
                        .isNotNull();
                if (spec.getMinAvailable() != null) {
                    softly.assertThat(absolute(spec.getMinAvailable(), minPods))
                            .as("%s: minAvailable below its smallest replica count (%d), or drains block", name(deployment),
                                    minPods).isLessThan(minPods);
                }
            }
        }));
    }

    private static int minPods(Overlay overlay, io.fabric8.kubernetes.api.model.apps.Deployment deployment) {
        for (var hpa : overlay.all(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class)) {
            if (name(deployment).equals(hpa.getSpec().getScaleTargetRef().getName())) {
                return hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
            }
        }
        for (var so : overlay.custom("ScaledObject")) {
            if (name(deployment).equals(String.valueOf(Manifests.at(so, "spec", "scaleTargetRef", "name")))) {
                Integer min = Manifests.integer(Manifests.at(so, "spec", "minReplicaCount"));
                return min == null ? 0 : min;
            }
        }
        return deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
    }

    private static int absolute(IntOrString value, int replicas) {
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        return (int) Math.floor(replicas * Integer.parseInt(value.getStrVal().replace("%", "")) / 100.0);
    }
}
