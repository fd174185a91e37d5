package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker-compose.yml: health-gated start order, memory limits, and every variable the services read. */
class DockerComposeTest {

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Map<String, Object> compose = Repository.compose();
        services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).as("services in docker-compose.yml").isNotEmpty();
    }

    @Test
    void everyServiceHasAHealthcheck() {
        assertSoftly(softly -> services.forEach((name, service) -> {
            Map<?, ?> healthcheck = (Map<?, ?>) service.get("healthcheck");
            softly.assertThat(healthcheck).as("%s healthcheck", name).isNotNull();
            if (healthcheck != null) {
                softly.assertThat(healthcheck.get("disable")).as("%s healthcheck disabled", name).isNotEqualTo(true);
                softly.assertThat(String.valueOf(healthcheck.get("test"))).as("%s healthcheck test", name)
                        .isNotBlank().doesNotContain("NONE").isNotEqualTo("null");
            }
        }));
    }

    @Test
    void everyDependencyWaitsUntilItIsHealthy() {
        assertSoftly(softly -> services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            softly.assertThat(dependsOn).as("%s depends_on must be the long form with conditions, not a list", name)
                    .isInstanceOf(Map.class);
            if (dependsOn instanceof Map<?, ?> dependencies) {
                dependencies.forEach((dependency, spec) -> {
                    softly.assertThat(services).as("%s depends on %s", name, dependency).containsKey((String) dependency);
                    Object condition = spec instanceof Map<?, ?> map ? map.get("condition") : null;
                    softly.assertThat(condition).as("%s waits for %s to be healthy", name, dependency)
                            .isEqualTo("service_healthy");
                });
            }
        }));
    }

    @Test
    void everyServiceHasAMemoryLimit() {
        assertSoftly(softly -> services.forEach((name, service) -> {
            Object limit = service.get("mem_limit");
            if (limit == null && service.get("deploy") instanceof Map<?, ?> deploy
                    && deploy.get("resources") instanceof Map<?, ?> resources
                    && resources.get("limits") instanceof Map<?, ?> limits) {
                limit = limits.get("memory");
            }
            softly.assertThat(limit).as("%s memory limit (deploy.resources.limits.memory or mem_limit)", name).isNotNull();
        }));
    }

    @Test
    void everyVariableTheServicesReadIsSet() {
        assertSoftly(softly -> Platform.HTTP_PORTS.keySet().forEach(service -> {
            softly.assertThat(services).as("compose service %s", service).containsKey(service);
            if (!services.containsKey(service)) {
                return;
            }
            Map<String, String> env = environment(service);
            for (String variable : Platform.requiredEnvironment(service)) {
                softly.assertThat(env.get(variable)).as("%s sets %s", service, variable).isNotBlank();
                unsetOnAFreshCheckout(env.get(variable)).ifPresent(bare -> softly.fail(
                        "%s: %s=%s takes ${%s} without a default; a fresh checkout has no such variable",
                        service, variable, env.get(variable), bare));
            }
            String profile = env.getOrDefault("SPRING_PROFILES_ACTIVE", "default");
            for (var requirement : ApplicationPlaceholders.unresolved(service, profile)) {
                softly.assertThat(env.get(requirement.environmentVariable()))
                        .as("%s sets %s for ${%s} in %s", service, requirement.environmentVariable(),
                                requirement.placeholder(), requirement.file()).isNotBlank();
            }
            softly.assertThat(env.get("INFOLOKER_SECURITY_JWKS_URI")).as("%s JWKS", service).isEqualTo(Platform.JWKS_URI);
            if (Platform.GATEWAY.equals(service) || Platform.WEB.equals(service)) {
                Map<String, String> targets = Platform.GATEWAY.equals(service)
                        ? Platform.GATEWAY_ROUTES : Platform.SERVICE_URLS;
                targets.forEach((variable, target) -> softly.assertThat(env.get(variable))
                        .as("%s %s", service, variable).isEqualTo("http://" + target + ":" + Platform.HTTP_PORTS.get(target)));
                return;
            }
            softly.assertThat(env.get("SPRING_DATASOURCE_URL")).as("%s database", service)
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + Platform.DATABASES.get(service));
            softly.assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("%s Kafka", service).isEqualTo("kafka:9092");
            if (Platform.ACCOUNT.equals(service)) {
                softly.assertThat(env.get("INFOLOKER_JWT_PRIVATE_KEY_LOCATION")).isEqualTo(Platform.JWT_PRIVATE_KEY_LOCATION);
                softly.assertThat(String.valueOf(services.get(service).get("secrets")))
                        .as("account-service gets the JWT key at the location it reads")
                        .contains("/run/secrets/jwt/private.pem");
            }
        }));
    }

    @Test
    void theServicesAreBuiltFromTheRepositoryDockerfile() {
        assertSoftly(softly -> Platform.HTTP_PORTS.keySet().stream().filter(services::containsKey).forEach(service -> {
            Map<?, ?> build = (Map<?, ?>) services.get(service).get("build");
            softly.assertThat(build).as("%s build", service).isNotNull();
            if (build != null) {
                softly.assertThat(build.get("context")).as("%s build context", service).isEqualTo(".");
                softly.assertThat(String.valueOf(build.get("dockerfile"))).as("%s Dockerfile", service).isEqualTo("Dockerfile");
                softly.assertThat(String.valueOf(build.get("args"))).as("%s build args", service)
                        .contains("SERVICE=" + service);
            }
        }));
    }

    @Test
    void everyImageIsPinned() {
        assertSoftly(softly -> services.forEach((name, service) -> {
            String image = String.valueOf(service.get("image"));
            softly.assertThat(image).as("%s image", name).isNotEqualTo("null").contains(":").doesNotEndWith(":latest");
        }));
    }

    @Test
    void onlyTheGatewayPublishesAnApplicationPortAndToolsListenOnLocalhost() {
        assertSoftly(softly -> services.forEach((name, service) -> {
            List<?> ports = (List<?>) service.get("ports");
            if (ports == null) {
                return;
            }
            if (Platform.GATEWAY.equals(name)) {
                softly.assertThat(ports.stream().map(String::valueOf).toList()).as("gateway ports").containsExactly("8080:8080");
                return;
            }
            softly.assertThat(Platform.HTTP_PORTS).as("%s publishes a port: only the gateway may", name)
                    .doesNotContainKey(name);
            ports.forEach(port -> softly.assertThat(String.valueOf(port)).as("%s port %s", name, port)
                    .startsWith("127.0.0.1:"));
        }));
    }

    @Test
    void serviceContainersAreLockedDownLikeInKubernetes() {
        assertSoftly(softly -> Platform.HTTP_PORTS.keySet().stream().filter(services::containsKey).forEach(name -> {
            Map<String, Object> service = services.get(name);
            softly.assertThat(service.get("read_only")).as("%s read_only", name).isEqualTo(true);
            softly.assertThat(String.valueOf(service.get("cap_drop"))).as("%s cap_drop", name).contains("ALL");
            softly.assertThat(String.valueOf(service.get("security_opt"))).as("%s no-new-privileges", name)
                    .contains("no-new-privileges:true");
            softly.assertThat(String.valueOf(service.get("tmpfs"))).as("%s writable /tmp", name).contains("/tmp");
        }));
    }

    @Test
    void healthchecksAskTheReadinessGroupOnTheServicePort() {
        assertSoftly(softly -> Platform.HTTP_PORTS.keySet().stream().filter(services::containsKey).forEach(name -> {
            List<String> test = ((List<?>) ((Map<?, ?>) services.get(name).get("healthcheck")).get("test")).stream()
                    .map(String::valueOf).toList();
            softly.assertThat(test).as("%s healthcheck", name)
                    .containsExactly("CMD", "healthcheck", String.valueOf(Platform.healthPort(name)), Platform.READINESS_PATH);
        }));
    }

    @Test
    void webIsReachedOnlyThroughTheGatewayAndOwnsNoDataOrSecret() {
        Map<String, Object> web = services.get(Platform.WEB);
        assertThat(web).as("compose service web").isNotNull();
        Map<String, String> env = environment(Platform.WEB);
        assertSoftly(softly -> {
            softly.assertThat(web.get("ports")).as("web publishes no port: browsers go through the gateway").isNull();
            softly.assertThat(web.get("secrets")).as("web reads no secret").isNull();
            softly.assertThat(env.keySet()).as("web has no database and no Kafka")
                    .noneMatch(variable -> variable.startsWith("SPRING_DATASOURCE_") || variable.startsWith("SPRING_KAFKA_"));
            softly.assertThat(env.get("INFOLOKER_PORTAL_BASE_URL")).as("web's canonical links name the gateway's port")
                    .isEqualTo("http://localhost:" + Platform.HTTP_PORTS.get(Platform.GATEWAY));
            softly.assertThat(env.get("INFOLOKER_PORTAL_SECURE_COOKIE"))
                    .as("plain http on localhost: a Secure cookie would never come back").isEqualTo("false");
            softly.assertThat(String.valueOf(web.get("depends_on"))).as("web depends on no database or broker")
                    .doesNotContain("postgres").doesNotContain("kafka");
            Object gatewayDependencies = services.get(Platform.GATEWAY).get("depends_on");
            List<String> waitsFor = gatewayDependencies instanceof Map<?, ?> map
                    ? map.keySet().stream().map(String::valueOf).toList() : List.of();
            softly.assertThat(waitsFor).as("the gateway starts once web is healthy").contains(Platform.WEB);
        });
    }

    @Test
    void postgresInitScriptCreatesEveryServiceDatabase() throws IOException {
        List<?> volumes = (List<?>) services.get("postgres").get("volumes");
        String init = volumes.stream().map(String::valueOf).filter(v -> v.contains("docker-entrypoint-initdb.d"))
                .findFirst().orElseThrow(() -> new AssertionError("postgres mounts no init script"));
        Path script = Repository.path(init.substring(0, init.indexOf(':')).replaceFirst("^\\./", ""));
        String sql = Files.readString(script);
        assertThat(Platform.DATABASES.values()).allSatisfy(database ->
                assertThat(sql).as("%s creates database %s", script, database)
                        .containsPattern("(?i)CREATE\\s+DATABASE\\s+" + database + "\\b"));
    }

    /** The environment as given (map or KEY=VALUE list form). */
    private static Map<String, String> environment(String service) {
        Object env = services.get(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (env instanceof List<?> list) {
            list.forEach(item -> {
                String entry = String.valueOf(item);
                int eq = entry.indexOf('=');
                result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            });
        }
        return result;
    }

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** A ${VAR} (or $VAR) interpolation without default (:- / -) or required-error (:? / ?) makes the value empty. */
    static java.util.Optional<String> unsetOnAFreshCheckout(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        Matcher matcher = INTERPOLATION.matcher(value.replace("$$", ""));
        while (matcher.find()) {
            String modifier = matcher.group(2);
            if (matcher.group(3) != null || modifier == null || modifier.isEmpty()) {
                return java.util.Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
            }
        }
        return java.util.Optional.empty();
    }
}
