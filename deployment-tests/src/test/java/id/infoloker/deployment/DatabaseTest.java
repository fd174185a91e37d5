package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PostgreSQL through CloudNativePG: one cluster, a database and a login role per service, backups in production. */
class DatabaseTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceHasItsOwnDatabaseOwnedByItsOwnRole(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<GenericKubernetesResource> clusters = overlay.custom("Cluster");
        assertThat(clusters).as("one CloudNativePG Cluster in %s", overlay).hasSize(1);
        GenericKubernetesResource cluster = clusters.get(0);
        Map<String, Map<String, Object>> roles = Manifests.listAt(cluster, "spec", "managed", "roles").stream()
                .collect(Collectors.toMap(role -> String.valueOf(role.get("name")), role -> role));
        Map<String, GenericKubernetesResource> databases = overlay.custom("Database").stream()
                .collect(Collectors.toMap(db -> String.valueOf(at(db, "spec", "name")), db -> db));
        assertSoftly(softly -> Platform.DATABASES.forEach((service, database) -> {
            String where = service + " in " + overlay;
            GenericKubernetesResource declared = databases.get(database);
            softly.assertThat(declared).as(where + ": Database " + database).isNotNull();
            if (declared != null) {
                softly.assertThat(at(declared, "spec", "cluster", "name")).as(where + " database's cluster")
                        .isEqualTo(name(cluster));
                softly.assertThat(at(declared, "spec", "owner")).as(where + " database owner = its own role")
                        .isEqualTo(database);
                softly.assertThat(Objects.toString(at(declared, "spec", "databaseReclaimPolicy"), "retain"))
                        .as(where + " deleting the resource keeps the data").isEqualTo("retain");
            }
            Map<String, Object> role = roles.get(database);
            softly.assertThat(role).as(where + ": managed role " + database).isNotNull();
            if (role != null) {
                softly.assertThat(role.get("login")).as(where + " role can log in").isEqualTo(true);
                softly.assertThat(role.get("superuser")).as(where + " role is no superuser").isNotEqualTo(true);
                @SuppressWarnings("unchecked")
                Map<String, Object> passwordSecret = (Map<String, Object>) role.get("passwordSecret");
                softly.assertThat(passwordSecret).as(where + " role password from a Secret").isNotNull();
                if (passwordSecret != null) {
                    // The Deployment reads the same Secret: the role's password and the service's cannot drift apart.
                    overlay.deployment(service).ifPresent(deployment -> softly.assertThat(Manifests.environment(
                                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0), overlay)
                            .get("SPRING_DATASOURCE_PASSWORD")).as(where + " password source")
                            .isEqualTo("secret:" + passwordSecret.get("name") + "/password"));
                }
            }
        }));
    }

    @Test
    void productionArchivesWalAndTakesNightlyBackups() {
        Overlay prod = Overlay.render("prod");
        GenericKubernetesResource cluster = prod.custom("Cluster").get(0);
        List<Map<String, Object>> plugins = Manifests.listAt(cluster, "spec", "plugins");
        assertThat(plugins).as("Barman Cloud plugin archives WAL").anySatisfy(plugin -> {
            assertThat(plugin.get("name")).isEqualTo("barman-cloud.cloudnative-pg.io");
            assertThat(plugin.get("isWALArchiver")).isEqualTo(true);
        });
        String objectStore = String.valueOf(((Map<?, ?>) plugins.get(0).get("parameters")).get("barmanObjectName"));
        assertThat(prod.custom("ObjectStore")).extracting(Manifests::name).as("the ObjectStore the plugin names")
                .contains(objectStore);
        assertThat(prod.custom("ObjectStore")).allSatisfy(store ->
                assertThat(at(store, "spec", "retentionPolicy")).as("backup retention").isNotNull());
        assertThat(prod.custom("ScheduledBackup")).as("a ScheduledBackup of %s", name(cluster)).anySatisfy(backup -> {
            assertThat(at(backup, "spec", "cluster", "name")).isEqualTo(name(cluster));
            assertThat(at(backup, "spec", "method")).isEqualTo("plugin");
            assertThat(at(backup, "spec", "pluginConfiguration", "name")).isEqualTo("barman-cloud.cloudnative-pg.io");
        });
    }

    @Test
    void productionRunsThreeInstances() {
        GenericKubernetesResource cluster = Overlay.render("prod").custom("Cluster").get(0);
        assertThat(Manifests.integer(at(cluster, "spec", "instances"))).as("prod PostgreSQL instances").isEqualTo(3);
    }
}
