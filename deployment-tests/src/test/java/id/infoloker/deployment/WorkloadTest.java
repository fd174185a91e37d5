package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.allContainers;
import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Every workload in every overlay: health probes, resources, locked-down containers, pinned images, configuration. */
class WorkloadTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theSixDeployablesAreDeployedOnTheirPorts(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> Platform.HTTP_PORTS.forEach((service, port) -> {
            Optional<Deployment> deployment = overlay.deployment(service);
            softly.assertThat(deployment).as("Deployment %s in %s", service, overlay).isPresent();
            deployment.ifPresent(d -> softly.assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0)
                            .getPorts()).as("%s container ports", service)
                    .anySatisfy(p -> assertThat(p.getContainerPort()).isEqualTo(port)));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasReadinessAndLivenessProbesOnTheHealthGroups(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                    String where = name(deployment) + "/" + container.getName() + " in " + overlay;
                    int healthPort = Platform.HTTP_PORTS.containsKey(name(deployment))
                            ? Platform.healthPort(name(deployment)) : -1;
                    checkProbe(softly, where + " readiness", container.getReadinessProbe(), Platform.READINESS_PATH,
                            container, healthPort);
                    checkProbe(softly, where + " liveness", container.getLivenessProbe(), Platform.LIVENESS_PATH,
                            container, healthPort);
                }
            }
        });
    }

    private static void checkProbe(org.assertj.core.api.SoftAssertions softly, String where, Probe probe,
                                   String path, Container container, int expectedPort) {
        softly.assertThat(probe).as(where + " probe").isNotNull();
        if (probe == null) {
            return;
        }
        softly.assertThat(probe.getHttpGet()).as(where + " must be an HTTP probe").isNotNull();
        if (probe.getHttpGet() == null) {
            return;
        }
        softly.assertThat(probe.getHttpGet().getPath()).as(where + " path").isEqualTo(path);
        Integer port = Manifests.port(probe.getHttpGet().getPort(), container);
        softly.assertThat(port).as(where + " port must be a declared container port").isNotNull();
        if (expectedPort > 0) {
            softly.assertThat(port).as(where + " port (the gateway's actuator is on its management port)")
                    .isEqualTo(expectedPort);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                for (Container container : allContainers(deployment)) {
                    String where = name(deployment) + "/" + container.getName() + " in " + overlay;
                    var resources = container.getResources();
                    Map<String, Quantity> requests = resources == null || resources.getRequests() == null
                            ? Map.of() : resources.getRequests();
                    Map<String, Quantity> limits = resources == null || resources.getLimits() == null
                            ? Map.of() : resources.getLimits();
                    softly.assertThat(requests).as(where + " requests").containsKeys("cpu", "memory");
                    softly.assertThat(limits).as(where + " limits").containsKeys("cpu", "memory");
                    if (requests.containsKey("memory") && limits.containsKey("memory")) {
                        softly.assertThat(Quantity.getAmountInBytes(requests.get("memory")))
                                .as(where + " memory request <= limit")
                                .isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get("memory")));
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerRunsAsNonRootOnAReadOnlyFilesystemWithoutCapabilities(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                PodSecurityContext podContext = pod.getSecurityContext();
                softly.assertThat(pod.getHostNetwork()).as(name(deployment) + " hostNetwork").isNotEqualTo(true);
                softly.assertThat(pod.getHostPID()).as(name(deployment) + " hostPID").isNotEqualTo(true);
                for (Container container : allContainers(deployment)) {
                    String where = name(deployment) + "/" + container.getName() + " in " + overlay;
                    SecurityContext context = container.getSecurityContext();
                    Boolean containerNonRoot = context == null ? null : context.getRunAsNonRoot();
                    Boolean podNonRoot = podContext == null ? null : podContext.getRunAsNonRoot();
                    softly.assertThat(containerNonRoot != null ? containerNonRoot : podNonRoot)
                            .as(where + " runAsNonRoot").isTrue();
                    softly.assertThat(context).as(where + " securityContext").isNotNull();
                    if (context == null) {
                        continue;
                    }
                    softly.assertThat(context.getReadOnlyRootFilesystem()).as(where + " readOnlyRootFilesystem").isTrue();
                    softly.assertThat(context.getAllowPrivilegeEscalation()).as(where + " allowPrivilegeEscalation")
                            .isFalse();
                    softly.assertThat(context.getPrivileged()).as(where + " privileged").isNotEqualTo(true);
                    softly.assertThat(context.getCapabilities() == null ? null : context.getCapabilities().getDrop())
                            .as(where + " capabilities.drop").isNotNull().contains("ALL");
                    softly.assertThat(context.getCapabilities() == null ? null : context.getCapabilities().getAdd())
                            .as(where + " capabilities.add").isNullOrEmpty();
                    // The JVM and Tomcat write to java.io.tmpdir: with a read-only root, /tmp must be a volume.
                    softly.assertThat(Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()))
                            .extracting(VolumeMount::getMountPath).as(where + " mounts a writable /tmp").contains("/tmp");
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void podsShutDownGracefully(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
                for (Container container : pod.getContainers()) {
                    String where = name(deployment) + "/" + container.getName() + " in " + overlay;
                    var preStop = container.getLifecycle() == null ? null : container.getLifecycle().getPreStop();
                    softly.assertThat(preStop).as(where + " preStop (endpoints must drop the pod before it stops)")
                            .isNotNull();
                    long sleep = preStopSeconds(preStop);
                    // Spring's graceful shutdown waits up to 30 s per phase after the preStop hook.
                    softly.assertThat(grace).as(where + " terminationGracePeriodSeconds >= preStop " + sleep
                            + " s + 30 s graceful shutdown").isGreaterThanOrEqualTo(sleep + 30);
                }
            }
        });
    }

    private static long preStopSeconds(io.fabric8.kubernetes.api.model.LifecycleHandler preStop) {
        if (preStop == null) {
            return 0;
        }
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        if (preStop.getExec() != null && preStop.getExec().getCommand() != null) {
            List<String> command = preStop.getExec().getCommand();
            if (command.size() == 2 && command.get(0).endsWith("sleep")) {
                return Long.parseLong(command.get(1));
            }
        }
        return 0;
    }

    private static final Pattern PINNED = Pattern.compile("^[^@\\s]+(@sha256:[0-9a-f]{64}|:[\\w][\\w.-]{0,127})$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noImageUsesTheLatestTagOrNoTag(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<String> images = new ArrayList<>();
        overlay.deployments().forEach(d -> allContainers(d).forEach(c -> images.add(c.getImage())));
        // Operator-managed images (e.g. CloudNativePG's imageName) are pinned too.
        overlay.objects().stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .forEach(resource -> Manifests.valuesOfKeys(resource.getAdditionalProperties(), Set.of("image", "imageName"))
                        .forEach(image -> images.add(String.valueOf(image))));
        assertThat(images).isNotEmpty();
        assertSoftly(softly -> images.forEach(image -> {
            String withoutRegistryPort = image.replaceFirst("^([^/]+):(\\d+)/", "$1/");
            softly.assertThat(withoutRegistryPort).as("image %s in %s has an explicit tag or digest", image, overlay)
                    .matches(PINNED);
            softly.assertThat(image).as("image %s in %s", image, overlay).doesNotEndWith(":latest");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyVariableTheServicesReadIsSet(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        String kafka = overlay.custom("Kafka").stream().map(Manifests::name).findFirst().orElse("<no Kafka>");
        String postgres = overlay.custom("Cluster").stream().map(Manifests::name).findFirst().orElse("<no Cluster>");
        assertSoftly(softly -> Platform.HTTP_PORTS.keySet().forEach(service -> overlay.deployment(service).ifPresent(d -> {
            Container container = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> env = Manifests.environment(container, overlay);
            String where = service + " in " + overlay;
            for (String variable : Platform.requiredEnvironment(service)) {
                softly.assertThat(env.get(variable)).as(where + " sets " + variable).isNotBlank();
            }
            for (var requirement : ApplicationPlaceholders.unresolved(service, "k8s")) {
                softly.assertThat(env.get(requirement.environmentVariable()))
                        .as(where + " sets " + requirement.environmentVariable() + " for ${" + requirement.placeholder()
                                + "} in " + requirement.file()).isNotBlank();
            }
            softly.assertThat(env.get("SPRING_PROFILES_ACTIVE")).as(where + " profile").isEqualTo("k8s");
            softly.assertThat(env.get("INFOLOKER_SECURITY_JWKS_URI")).as(where + " JWKS").isEqualTo(Platform.JWKS_URI);
            if (Platform.GATEWAY.equals(service) || Platform.WEB.equals(service)) {
                Map<String, String> targets = Platform.GATEWAY.equals(service)
                        ? Platform.GATEWAY_ROUTES : Platform.SERVICE_URLS;
                targets.forEach((variable, target) -> softly.assertThat(env.get(variable))
                        .as(where + " " + variable).isEqualTo("http://" + target + ":" + Platform.HTTP_PORTS.get(target)));
                return;
            }
            softly.assertThat(env.get("SPRING_DATASOURCE_URL")).as(where + " database: its own, on the primary")
                    .isEqualTo("jdbc:postgresql://" + postgres + "-rw:5432/" + Platform.DATABASES.get(service));
            softly.assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as(where + " Kafka bootstrap")
                    .isEqualTo(kafka + "-kafka-bootstrap:9092");
            softly.assertThat(env.get("INFOLOKER_KAFKA_CREATE_TOPICS")).as(where + " (topics come from Strimzi)")
                    .isEqualTo("false");
            softly.assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).as(where + " password from a Secret")
                    .startsWith("secret:");
            if (Platform.ACCOUNT.equals(service)) {
                softly.assertThat(env.get("INFOLOKER_JWT_PRIVATE_KEY_LOCATION")).isEqualTo(Platform.JWT_PRIVATE_KEY_LOCATION);
                softly.assertThat(container.getVolumeMounts()).as(where + " mounts the JWT key where the location points")
                        .anySatisfy(mount -> {
                            assertThat(mount.getMountPath()).isEqualTo("/run/secrets/jwt");
                            assertThat(mount.getReadOnly()).isTrue();
                        });
                for (String secretVariable : List.of("INFOLOKER_JWT_KEY_ID", "INFOLOKER_STAFF_ADMIN_PASSWORD",
                        "INFOLOKER_STAFF_VERIFIER_PASSWORD")) {
                    softly.assertThat(env.get(secretVariable)).as(where + " " + secretVariable + " from a Secret")
                            .startsWith("secret:");
                }
            }
        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void webOwnsNoDataAndHoldsNoSecretAndItsReadinessIsItsOwnState(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        Deployment web = overlay.deployment(Platform.WEB).orElseThrow(() -> new AssertionError("web in " + overlay));
        PodSpec pod = web.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        Map<String, String> env = Manifests.environment(container, overlay);
        String where = "web in " + overlay;
        assertSoftly(softly -> {
            softly.assertThat(env.keySet()).as(where + ": no database, no Kafka")
                    .noneMatch(variable -> variable.startsWith("SPRING_DATASOURCE_")
                            || variable.startsWith("SPRING_KAFKA_") || variable.startsWith("INFOLOKER_KAFKA_"));
            softly.assertThat(env.values()).as(where + ": reads no Secret (it holds no credentials of its own)")
                    .noneMatch(value -> value.startsWith("secret:"));
            softly.assertThat(Optional.ofNullable(pod.getVolumes()).orElse(List.of()))
                    .as(where + ": mounts no Secret").noneMatch(volume -> volume.getSecret() != null);
            softly.assertThat(env.get("INFOLOKER_PORTAL_BASE_URL")).as(where + " canonical links").startsWith("http");
            // The readiness group is readinessState only: a service it calls being down must not take every page,
            // the home page included, out of the gateway's rotation.
            Probe readiness = container.getReadinessProbe();
            softly.assertThat(readiness).as(where + " readiness probe").isNotNull();
            if (readiness != null && readiness.getHttpGet() != null) {
                softly.assertThat(readiness.getHttpGet().getPath()).isEqualTo(Platform.READINESS_PATH);
                softly.assertThat(Manifests.port(readiness.getHttpGet().getPort(), container))
                        .as(where + " actuator on its own port").isEqualTo(Platform.HTTP_PORTS.get(Platform.WEB));
            }
            softly.assertThat(readinessGroup(Platform.WEB)).as("web's readiness health group (its application.yml)")
                    .isEqualTo("readinessState");
        });
    }

    /** {@code management.endpoint.health.group.readiness.include} of a module's application.yml (its first document). */
    private static String readinessGroup(String module) {
        try {
            Object value = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .loadAll(Files.readString(Repository.path(module + "/src/main/resources/application.yml")))
                    .iterator().next();
            for (String key : List.of("management", "endpoint", "health", "group", "readiness", "include")) {
                value = value instanceof Map<?, ?> map ? map.get(key) : null;
            }
            return String.valueOf(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
