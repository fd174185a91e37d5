package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.name;
import static id.infoloker.deployment.Manifests.podLabels;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kubernetes monitoring as shipped: every deployable scraped through a PodMonitor on a port it has, Kafka and
 * PostgreSQL scraped, the alerts the runbook promises defined (and each one explained in docs/operations.md), the
 * Grafana dashboard shipped as a ConfigMap. Each check is shown catching its mistake on a broken copy.
 */
class ObservabilityTest {

    /** The alerts every overlay must define, by what they watch. */
    static final Set<String> ALERTS = Set.of("InfolokerOutboxNotDraining", "InfolokerConsumerLagHigh",
            "InfolokerDeadLetters", "InfolokerServerErrors", "InfolokerCircuitOpen", "InfolokerCertificateExpiresSoon",
            "InfolokerKafkaUnderReplicated");

    static List<String> overlays() {
        return Overlay.names();
    }

    /** Each Deployment is selected by a PodMonitor whose endpoint names one of its container ports. */
    static List<String> unscraped(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.deployments()) {
            Set<String> ports = new TreeSet<>();
            Manifests.allContainers(deployment).forEach(c -> java.util.Optional.ofNullable(c.getPorts()).orElse(List.of())
                    .stream().map(ContainerPort::getName).filter(Objects::nonNull).forEach(ports::add));
            boolean scraped = overlay.custom("PodMonitor").stream()
                    .filter(monitor -> Manifests.matches(selector(at(monitor, "spec", "selector")), podLabels(deployment)))
                    .flatMap(monitor -> Manifests.listAt(monitor, "spec", "podMetricsEndpoints").stream())
                    .anyMatch(endpoint -> ports.contains(String.valueOf(endpoint.get("port"))));
            if (!scraped) {
                problems.add(name(deployment) + " is scraped by no PodMonitor on one of its ports " + ports);
            }
        }
        for (String operand : List.of("strimzi.io/cluster", "cnpg.io/cluster")) {
            boolean scraped = overlay.custom("PodMonitor").stream().anyMatch(monitor ->
                    selector(at(monitor, "spec", "selector")).getMatchLabels() != null
                            && selector(at(monitor, "spec", "selector")).getMatchLabels().containsKey(operand));
            if (!scraped) {
                problems.add("no PodMonitor scrapes the pods labelled " + operand);
            }
        }
        return problems;
    }

    /** The alerts that must exist, and every alert the overlay defines has a runbook entry. */
    static List<String> alerts(Overlay overlay, String runbook, Set<String> required) {
        Set<String> defined = new TreeSet<>();
        for (GenericKubernetesResource rule : overlay.custom("PrometheusRule")) {
            for (Map<String, Object> group : Manifests.listAt(rule, "spec", "groups")) {
                for (Object entry : (List<?>) group.get("rules")) {
                    Object alert = ((Map<?, ?>) entry).get("alert");
                    if (alert != null) {
                        defined.add(alert.toString());
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        required.stream().filter(alert -> !defined.contains(alert)).forEach(alert -> problems.add("alert " + alert
                + " is not defined in any PrometheusRule"));
        defined.stream().filter(alert -> !runbook.contains("`" + alert + "`")).forEach(alert -> problems.add("alert "
                + alert + " has no entry in docs/operations.md (what it means, what to do)"));
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeployableKafkaAndPostgresAreScraped(String overlayName) {
        assertThat(unscraped(Overlay.render(overlayName))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAlertsAreDefinedAndEachHasARunbookEntry(String overlayName) throws IOException {
        Set<String> required = new TreeSet<>(ALERTS);
        if ("prod".equals(overlayName)) {
            required.add("InfolokerBackupTooOld");
        }
        assertThat(alerts(Overlay.render(overlayName), runbook(), required)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGrafanaDashboardShipsAsAConfigMapAndKafkaExportsMetrics(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        ConfigMap dashboards = overlay.configMap("infoloker-grafana-dashboards").orElseThrow();
        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboards.getData()).containsKey("infoloker-overview.json");
        GenericKubernetesResource kafka = overlay.custom("Kafka").get(0);
        Object configMap = at(kafka, "spec", "kafka", "metricsConfig", "valueFrom", "configMapKeyRef", "name");
        Object key = at(kafka, "spec", "kafka", "metricsConfig", "valueFrom", "configMapKeyRef", "key");
        assertThat(overlay.configMap(String.valueOf(configMap))).as("Kafka metricsConfig ConfigMap").get()
                .satisfies(map -> assertThat(map.getData()).containsKey(String.valueOf(key)));
        assertThat(at(kafka, "spec", "kafkaExporter")).as("consumer lag (the Kafka Exporter)").isNotNull();
    }

    @Test
    void aDeployableWithoutAPodMonitorIsCaught() {
        Overlay prod = Overlay.render("prod");
        List<HasMetadata> without = prod.objects().stream()
                .filter(o -> !(o instanceof GenericKubernetesResource r && "PodMonitor".equals(r.getKind())
                        && "infoloker-web".equals(name(r))))
                .toList();
        assertThat(unscraped(new Overlay("prod", without))).singleElement().asString().contains(Platform.WEB);
    }

    @Test
    void aMissingAlertAndAnUndocumentedAlertAreCaught() throws IOException {
        Overlay prod = Overlay.render("prod");
        assertThat(alerts(prod, runbook(), Set.of("InfolokerSomethingNobodyDefined")))
                .singleElement().asString().contains("not defined");
        assertThat(alerts(prod, runbook().replace("`InfolokerDeadLetters`", "DeadLetters"), Set.of()))
                .singleElement().asString().contains("InfolokerDeadLetters", "no entry");
    }

    private static String runbook() throws IOException {
        return Files.readString(Repository.path("docs/operations.md"));
    }

    @SuppressWarnings("unchecked")
    private static LabelSelector selector(Object value) {
        Map<String, Object> map = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        List<LabelSelectorRequirement> expressions = new ArrayList<>();
        for (Object expression : (List<?>) map.getOrDefault("matchExpressions", List.of())) {
            Map<String, Object> e = (Map<String, Object>) expression;
            expressions.add(new LabelSelectorRequirement(String.valueOf(e.get("key")), String.valueOf(e.get("operator")),
                    (List<String>) e.get("values")));
        }
        return new LabelSelector(expressions, (Map<String, String>) map.get("matchLabels"));
    }
}
