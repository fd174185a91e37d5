package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The compose monitoring profile: Prometheus scrapes every service; the provisioned dashboard shows what matters. */
class MonitoringTest {

    @Test
    void prometheusScrapesEveryServiceOnItsActuatorPort() throws IOException {
        String config = Files.readString(Repository.path("deploy/prometheus/prometheus.yml"));
        Map<String, Object> parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(config);
        List<String> targets = new ArrayList<>();
        for (Object job : (List<?>) parsed.get("scrape_configs")) {
            Map<?, ?> scrape = (Map<?, ?>) job;
            for (Object staticConfig : (List<?>) scrape.get("static_configs")) {
                for (Object target : (List<?>) ((Map<?, ?>) staticConfig).get("targets")) {
                    targets.add(scrape.get("metrics_path") + "@" + target);
                }
            }
        }
        Platform.HTTP_PORTS.keySet().forEach(service -> assertThat(targets).as("Prometheus targets")
                .contains("/actuator/prometheus@" + service + ":" + Platform.healthPort(service)));
    }

    @Test
    void dashboardShowsRegistrationsQueueDepthLagOutboxAndLatency() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(Repository.path("k8s/base/monitoring/dashboards/infoloker-overview.json")));
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> {
            assertThat(panel.get("datasource").get("uid").asString()).as("panel %s uses the provisioned datasource",
                    panel.get("title")).isEqualTo("prometheus");
            panel.get("targets").forEach(target -> queries.add(target.get("expr").asString()));
        });
        String all = String.join("\n", queries);
        assertThat(all).as("registrations").contains("/api/accounts/(job-seekers|employers)");
        assertThat(all).as("verification queue depth").contains("verification_queue_depth");
        assertThat(all).as("consumer lag").contains("kafka_consumergroup_lag");
        assertThat(all).as("outbox backlog (service kit gauge outbox.backlog)").contains("outbox_backlog");
        assertThat(all).as("HTTP latency").contains("http_server_requests_seconds_bucket");
        String datasource = Files.readString(Repository.path("deploy/grafana/provisioning/datasources/prometheus.yml"));
        assertThat(datasource).contains("uid: prometheus").contains("url: http://prometheus:9090");
    }
}
