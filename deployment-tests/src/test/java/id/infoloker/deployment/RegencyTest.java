package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What differs per regency is configured consistently: public address, client addresses, kecamatan list. */
class RegencyTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    private static Map<String, String> env(Overlay overlay, String service) {
        Deployment deployment = overlay.deployment(service).orElseThrow();
        return Manifests.environment(deployment.getSpec().getTemplate().getSpec().getContainers().get(0), overlay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void portalLinksPointAtThePortalsPublicAddress(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        Ingress ingress = overlay.all(Ingress.class).get(0);
        String host = ingress.getSpec().getRules().get(0).getHost();
        boolean tls = Optional.ofNullable(ingress.getSpec().getTls()).orElse(List.of()).stream()
                .anyMatch(t -> t.getHosts() != null && t.getHosts().contains(host));
        assertThat(env(overlay, Platform.NOTIFICATION).get("INFOLOKER_PORTAL_BASE_URL"))
                .as("notification links in %s follow the Ingress host and its TLS", overlay)
                .isEqualTo((tls ? "https://" : "http://") + host);
        assertThat(env(overlay, Platform.NOTIFICATION).get("INFOLOKER_PORTAL_NAME")).as("portal name").isNotBlank();
        assertThat(env(overlay, Platform.WEB).get("INFOLOKER_PORTAL_BASE_URL"))
                .as("the portal's canonical links in %s follow the Ingress host and its TLS", overlay)
                .isEqualTo((tls ? "https://" : "http://") + host);
        assertThat(env(overlay, Platform.WEB).get("INFOLOKER_PORTAL_NAME")).as("portal name in web and notifications")
                .isEqualTo(env(overlay, Platform.NOTIFICATION).get("INFOLOKER_PORTAL_NAME"));
        if (!tls) {
            assertThat(env(overlay, Platform.GATEWAY).get("INFOLOKER_CONSOLE_SECURE_COOKIE"))
                    .as("console cookies on a plain-http host in %s must not be Secure", overlay).isEqualTo("false");
            assertThat(env(overlay, Platform.WEB).get("INFOLOKER_PORTAL_SECURE_COOKIE"))
                    .as("portal cookies on a plain-http host in %s must not be Secure", overlay).isEqualTo("false");
        } else {
            assertThat(env(overlay, Platform.WEB).get("INFOLOKER_PORTAL_SECURE_COOKIE"))
                    .as("portal cookies on an https host in %s stay Secure (web's default)", overlay)
                    .isNotEqualTo("false");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewayCountsRealClientsBehindTheIngressController(String overlayName) {
        String trusted = env(Overlay.render(overlayName), Platform.GATEWAY).get("INFOLOKER_TRUSTED_PROXIES");
        assertThat(trusted).as("INFOLOKER_TRUSTED_PROXIES: without it every client shares the ingress controller's "
                + "address and one rate-limit bucket").isNotBlank();
        Pattern proxies = Pattern.compile(trusted);
        assertThat(List.of("10.244.3.17", "172.20.0.5", "192.168.49.2", "100.64.0.1",
                "100.100.7.9", "100.127.255.254")).as("in-cluster proxy addresses")
                .allMatch(address -> proxies.matcher(address).matches());
        assertThat(List.of("203.0.113.9", "36.85.1.2", "110.137.8.1", "100.63.255.255",
                "100.128.0.1")).as("public client addresses are not trusted")
                .noneMatch(address -> proxies.matcher(address).matches());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void accountServiceReadsTheRegencysKecamatanListFromAMountedConfigMap(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        Deployment account = overlay.deployment(Platform.ACCOUNT).orElseThrow();
        Container container = account.getSpec().getTemplate().getSpec().getContainers().get(0);
        String location = env(overlay, Platform.ACCOUNT).get("INFOLOKER_REGENCY_KECAMATAN_FILE");
        assertThat(location).as("INFOLOKER_REGENCY_KECAMATAN_FILE in %s", overlay).startsWith("file:/");
        String path = location.substring("file:".length());
        VolumeMount mount = container.getVolumeMounts().stream()
                .filter(m -> path.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not on a mounted volume"));
        String configMapName = account.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName()) && v.getConfigMap() != null)
                .map(v -> v.getConfigMap().getName()).findFirst()
                .orElseThrow(() -> new AssertionError(mount.getName() + " is not a ConfigMap volume"));
        ConfigMap configMap = overlay.configMap(configMapName).orElseThrow();
        String tsv = configMap.getData().get(path.substring(mount.getMountPath().length() + 1));
        assertThat(tsv).as("kecamatan list in ConfigMap %s", name(configMap)).isNotBlank();
        List<String> rows = tsv.lines().skip(1).filter(line -> !line.isBlank()).toList();
        assertThat(tsv.lines().findFirst()).as("header").contains("code\tname");
        assertThat(rows).as("kecamatan rows").isNotEmpty()
                .allSatisfy(row -> assertThat(row).matches("\\d{6}\t\\S.*"));
        assertThat(rows.stream().map(row -> row.substring(0, 4)).distinct())
                .as("one regency: every kecamatan code starts with the same province+regency prefix").hasSize(1);
    }
}
