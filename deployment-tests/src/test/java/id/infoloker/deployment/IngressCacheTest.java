package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ingress caches what the services mark public, and nothing said with credentials or cookies: the cache rules live
 * in the Ingress's configuration snippet, the cache zone in the controller's ConfigMap (k8s/ingress-nginx/).
 */
class IngressCacheTest {

    private static final String SNIPPET = "nginx.ingress.kubernetes.io/configuration-snippet";
    private static final Pattern ZONE_USED = Pattern.compile("(?m)^\\s*proxy_cache\\s+(\\S+);");
    private static final Pattern ZONE_DECLARED = Pattern.compile("keys_zone=([A-Za-z0-9_-]+):");

    static List<String> overlays() {
        return Overlay.names();
    }

    private static String snippet(Overlay overlay) {
        Ingress ingress = overlay.all(Ingress.class).get(0);
        String snippet = ingress.getMetadata().getAnnotations().get(SNIPPET);
        assertThat(snippet).as("cache snippet on the Ingress in %s", overlay).isNotBlank();
        return snippet;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theIngressCachesOnlyAnonymousAnswersTheServicesMarkPublic(String overlayName) {
        String snippet = snippet(Overlay.render(overlayName));

        assertThat(ZONE_USED.matcher(snippet).find()).as("proxy_cache <zone>").isTrue();
        // Requests with a token or any cookie (portal sessions, lang, XSRF-TOKEN) neither read nor fill the cache.
        assertThat(snippet).containsPattern("(?m)^\\s*proxy_cache_bypass\\s+.*\\$http_authorization.*;")
                .containsPattern("(?m)^\\s*proxy_cache_bypass\\s+.*\\$http_cookie.*;")
                .containsPattern("(?m)^\\s*proxy_no_cache\\s+.*\\$http_authorization.*;")
                .containsPattern("(?m)^\\s*proxy_no_cache\\s+.*\\$http_cookie.*;");
        // The lifetime is the service's (s-maxage): no default lifetime for answers that say nothing, and the
        // answer's Cache-Control, Set-Cookie and Vary are never ignored.
        assertThat(snippet).doesNotContain("proxy_cache_valid").doesNotContain("proxy_ignore_headers");
        assertThat(snippet).contains("proxy_cache_lock on;");
        assertThat(snippet).containsPattern("proxy_cache_key\\s+\"[^\"]*\\$request_uri[^\"]*\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theZoneTheIngressUsesIsDeclaredInTheControllersConfigMap(String overlayName) throws IOException {
        Matcher used = ZONE_USED.matcher(snippet(Overlay.render(overlayName)));
        assertThat(used.find()).isTrue();
        Map<String, String> data = controllerConfig();
        Matcher declared = ZONE_DECLARED.matcher(data.get("http-snippet"));
        assertThat(declared.find()).as("proxy_cache_path … keys_zone in the controller's http-snippet").isTrue();
        assertThat(declared.group(1)).isEqualTo(used.group(1));
        assertThat(data.get("http-snippet")).contains("max_size=");
    }

    /** The ingress compresses (JSON and pages above 1 KB) and caches plain answers, never a gzip a client did not ask for. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theIngressGzipsJsonAndPagesAndCachesThemPlain(String overlayName) throws IOException {
        assertThat(snippet(Overlay.render(overlayName))).containsPattern("(?m)^\\s*proxy_set_header\\s+"
                + "Accept-Encoding\\s+\"\";");
        Map<String, String> data = controllerConfig();
        assertThat(data).containsEntry("use-gzip", "true").containsEntry("gzip-min-length", "1024");
        assertThat(data.get("gzip-types")).contains("application/json", "application/problem+json", "text/html");
    }

    @Test
    void theControllerAllowsTheSnippet() throws IOException {
        Map<String, String> data = controllerConfig();
        assertThat(data).containsEntry("allow-snippet-annotations", "true")
                .containsEntry("annotations-risk-level", "Critical");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> controllerConfig() throws IOException {
        String yaml = Files.readString(Repository.path("k8s/ingress-nginx/controller-configmap.yaml"));
        Map<String, Object> configMap = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return (Map<String, String>) configMap.get("data");
    }
}
