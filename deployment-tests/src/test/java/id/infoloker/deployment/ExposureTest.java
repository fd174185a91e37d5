package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.matches;
import static id.infoloker.deployment.Manifests.name;
import static id.infoloker.deployment.Manifests.podLabels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only the gateway is reachable from outside, only the gateway reaches web; every service reaches only what it needs. */
class ExposureTest {

    /** Namespaces allowed to open connections into the platform, and to which pods. */
    static final String INGRESS_CONTROLLER_NAMESPACE = "ingress-nginx";
    private static final String MONITORING_NAMESPACE = "monitoring";

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noServiceIsReachableFromOutsideTheCluster(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> overlay.all(Service.class).forEach(service -> {
            String type = Optional.ofNullable(service.getSpec().getType()).orElse("ClusterIP");
            softly.assertThat(type).as("Service %s in %s: only the Ingress exposes the platform", name(service), overlay)
                    .isEqualTo("ClusterIP");
            softly.assertThat(service.getSpec().getExternalIPs()).as("Service %s externalIPs", name(service))
                    .isNullOrEmpty();
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayIsBehindTheIngress(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<Ingress> ingresses = overlay.all(Ingress.class);
        assertThat(ingresses).as("an Ingress in %s", overlay).isNotEmpty();
        List<IngressBackend> backends = new ArrayList<>();
        for (Ingress ingress : ingresses) {
            Optional.ofNullable(ingress.getSpec().getDefaultBackend()).ifPresent(backends::add);
            Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of()).forEach(rule ->
                    rule.getHttp().getPaths().forEach(path -> backends.add(path.getBackend())));
        }
        assertThat(backends).isNotEmpty();
        assertSoftly(softly -> backends.forEach(backend -> {
            softly.assertThat(backend.getService()).as("Ingress backend in %s must be a Service", overlay).isNotNull();
            if (backend.getService() == null) {
                return;
            }
            softly.assertThat(backend.getService().getName()).as("Ingress backend in %s", overlay)
                    .isEqualTo(Platform.GATEWAY);
            var port = backend.getService().getPort();
            boolean httpPort = "http".equals(port.getName())
                    || Integer.valueOf(Platform.HTTP_PORTS.get(Platform.GATEWAY)).equals(port.getNumber());
            softly.assertThat(httpPort).as("Ingress reaches the gateway's HTTP port, never its management port (%s)",
                    port).isTrue();
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void networkPoliciesDenyEverythingNotAllowed(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class);
        assertThat(policies).as("default deny of ingress for every pod in %s", overlay).anySatisfy(policy -> {
            assertThat(Manifests.isEmpty(policy.getSpec().getPodSelector())).isTrue();
            assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
        });
        assertSoftly(softly -> overlay.deployments().forEach(deployment -> {
            Map<String, String> labels = podLabels(deployment);
            List<NetworkPolicy> selecting = policies.stream()
                    .filter(p -> matches(p.getSpec().getPodSelector(), labels)).toList();
            softly.assertThat(selecting).as("an egress-restricting policy selects %s's pods in %s", name(deployment), overlay)
                    .anySatisfy(p -> assertThat(p.getSpec().getPolicyTypes()).contains("Egress"));
            softly.assertThat(selecting).as("a policy allows some ingress to %s in %s", name(deployment), overlay)
                    .anySatisfy(p -> assertThat(p.getSpec().getIngress()).isNotEmpty());
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayAcceptsClientTrafficFromOutsideTheNamespace(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertSoftly(softly -> {
            for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
                List<Deployment> targets = overlay.deployments().stream()
                        .filter(d -> matches(policy.getSpec().getPodSelector(), podLabels(d))).toList();
                for (var rule : Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of())) {
                    List<NetworkPolicyPeer> peers = Optional.ofNullable(rule.getFrom()).orElse(List.of());
                    softly.assertThat(peers).as("policy %s: an ingress rule without 'from' admits the world", name(policy))
                            .isNotEmpty();
                    for (NetworkPolicyPeer peer : peers) {
                        softly.assertThat(peer.getIpBlock()).as("policy %s admits an IP block", name(policy)).isNull();
                        if (peer.getNamespaceSelector() == null) {
                            continue; // same namespace
                        }
                        String from = Optional.ofNullable(peer.getNamespaceSelector().getMatchLabels())
                                .map(l -> l.get("kubernetes.io/metadata.name")).orElse("<any namespace>");
                        for (Deployment target : targets) {
                            String where = "policy " + name(policy) + " lets " + from + " reach " + name(target);
                            if (Platform.GATEWAY.equals(name(target)) && INGRESS_CONTROLLER_NAMESPACE.equals(from)) {
                                softly.assertThat(ports(rule.getPorts())).as(where + " only on its HTTP port")
                                        .containsExactly(Platform.HTTP_PORTS.get(Platform.GATEWAY));
                            } else {
                                // Anything else from outside is Prometheus, on the metrics port only.
                                softly.assertThat(from).as(where).isEqualTo(MONITORING_NAMESPACE);
                                softly.assertThat(ports(rule.getPorts())).as(where + " only on its metrics port")
                                        .containsExactly(Platform.HTTP_PORTS.containsKey(name(target))
                                                ? Platform.healthPort(name(target)) : -1);
                            }
                        }
                    }
                }
            }
            Deployment gateway = overlay.deployment(Platform.GATEWAY).orElseThrow();
            softly.assertThat(overlay.all(NetworkPolicy.class)).as("a policy admits the ingress controller to the gateway")
                    .anySatisfy(policy -> {
                        assertThat(matches(policy.getSpec().getPodSelector(), podLabels(gateway))).isTrue();
                        assertThat(policy.getSpec().getIngress()).anySatisfy(rule -> assertThat(rule.getFrom())
                                .anySatisfy(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                                        .containsEntry("kubernetes.io/metadata.name", INGRESS_CONTROLLER_NAMESPACE)));
                    });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceReachesOnlyItsDatabaseKafkaDnsTheJwksAndTheServicesItCalls(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        String postgres = overlay.custom("Cluster").stream().map(Manifests::name).findFirst().orElseThrow();
        String kafka = overlay.custom("Kafka").stream().map(Manifests::name).findFirst().orElseThrow();
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                String service = name(deployment);
                for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
                    if (!matches(policy.getSpec().getPodSelector(), podLabels(deployment))) {
                        continue;
                    }
                    for (var rule : Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of())) {
                        List<NetworkPolicyPeer> peers = Optional.ofNullable(rule.getTo()).orElse(List.of());
                        softly.assertThat(peers).as("policy %s: an egress rule without 'to' lets %s reach anything",
                                name(policy), service).isNotEmpty();
                        for (NetworkPolicyPeer peer : peers) {
                            String where = "policy " + name(policy) + " lets " + service + " reach " + describe(peer);
                            softly.assertThat(allowedEgress(service, peer, postgres, kafka, overlay)).as(where).isTrue();
                        }
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayAndPrometheusReachWeb(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        Deployment web = overlay.deployment(Platform.WEB).orElseThrow(() -> new AssertionError("web in " + overlay));
        int port = Platform.HTTP_PORTS.get(Platform.WEB);
        assertSoftly(softly -> overlay.all(NetworkPolicy.class).stream()
                .filter(policy -> matches(policy.getSpec().getPodSelector(), podLabels(web)))
                .flatMap(policy -> Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of()).stream()
                        .map(rule -> Map.entry(name(policy), rule)))
                .forEach(entry -> {
                    var rule = entry.getValue();
                    for (NetworkPolicyPeer peer : Optional.ofNullable(rule.getFrom()).orElse(List.of())) {
                        String where = "policy " + entry.getKey() + " lets " + describe(peer) + " reach web in " + overlay;
                        boolean gateway = peer.getNamespaceSelector() == null && peer.getPodSelector() != null
                                && Map.of("app.kubernetes.io/name", Platform.GATEWAY)
                                        .equals(peer.getPodSelector().getMatchLabels())
                                && Optional.ofNullable(peer.getPodSelector().getMatchExpressions())
                                        .orElse(List.of()).isEmpty();
                        boolean prometheus = peer.getNamespaceSelector() != null
                                && MONITORING_NAMESPACE.equals(Optional.ofNullable(peer.getNamespaceSelector()
                                        .getMatchLabels()).map(l -> l.get("kubernetes.io/metadata.name")).orElse(null));
                        softly.assertThat(gateway || prometheus).as(where + ": only the gateway or Prometheus")
                                .isTrue();
                        softly.assertThat(ports(rule.getPorts())).as(where + ", on its port").containsExactly(port);
                    }
                }));
    }

    /** Each call the platform makes inside the namespace is let out by the caller's policies and in by the callee's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyCallBetweenDeployablesIsAllowedOnBothEnds(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class);
        Map<String, Set<String>> calls = new java.util.HashMap<>(Platform.CALLS);
        calls.putAll(Platform.SERVICE_CALLS);
        assertSoftly(softly -> calls.forEach((caller, callees) -> callees.forEach(callee -> {
            Map<String, String> from = overlay.deployment(caller).map(Manifests::podLabels).orElse(Map.of());
            Map<String, String> to = overlay.deployment(callee).map(Manifests::podLabels).orElse(Map.of());
            int port = Platform.HTTP_PORTS.get(callee);
            boolean out = policies.stream().filter(p -> matches(p.getSpec().getPodSelector(), from))
                    .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                    .anyMatch(rule -> allowsPort(rule.getPorts(), port) && Optional.ofNullable(rule.getTo())
                            .orElse(List.of()).stream().anyMatch(peer -> sameNamespacePeerSelects(peer, to)));
            boolean in = policies.stream().filter(p -> matches(p.getSpec().getPodSelector(), to))
                    .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                    .anyMatch(rule -> allowsPort(rule.getPorts(), port) && Optional.ofNullable(rule.getFrom())
                            .orElse(List.of()).stream().anyMatch(peer -> sameNamespacePeerSelects(peer, from)));
            softly.assertThat(out).as("%s may open connections to %s:%d in %s", caller, callee, port, overlay).isTrue();
            softly.assertThat(in).as("%s admits %s on port %d in %s", callee, caller, port, overlay).isTrue();
        })));
    }

    private static boolean sameNamespacePeerSelects(NetworkPolicyPeer peer, Map<String, String> labels) {
        return peer.getNamespaceSelector() == null && peer.getIpBlock() == null && !labels.isEmpty()
                && matches(peer.getPodSelector(), labels);
    }

    private static boolean allowsPort(List<NetworkPolicyPort> ports, int port) {
        List<Integer> allowed = ports(ports);
        return allowed.contains(-1) || allowed.contains(port);
    }

    private static boolean allowedEgress(String service, NetworkPolicyPeer peer, String postgres, String kafka,
                                         Overlay overlay) {
        if (peer.getIpBlock() != null) {
            // Email and SMS/WhatsApp providers (notification-service) and the documents' object store
            // (account-service) live outside the cluster; private ranges stay closed.
            return (Platform.NOTIFICATION.equals(service) || Platform.ACCOUNT.equals(service))
                    && peer.getIpBlock().getExcept() != null && peer.getIpBlock().getExcept().contains("10.0.0.0/8");
        }
        Map<String, String> pods = peer.getPodSelector() == null || peer.getPodSelector().getMatchLabels() == null
                ? Map.of() : peer.getPodSelector().getMatchLabels();
        if (peer.getNamespaceSelector() != null) {
            var namespace = peer.getNamespaceSelector().getMatchLabels();
            return namespace != null && "kube-system".equals(namespace.get("kubernetes.io/metadata.name"))
                    && "kube-dns".equals(pods.get("k8s-app"));
        }
        boolean database = postgres.equals(pods.get("cnpg.io/cluster"));
        boolean broker = kafka.equals(pods.get("strimzi.io/cluster"));
        if (Platform.CALLS.containsKey(service)) {
            // The gateway and web talk only to the services they call: no database, no Kafka.
            String target = pods.get("app.kubernetes.io/name");
            return target != null && Platform.CALLS.get(service).contains(target);
        }
        if (database || broker) {
            return Platform.DATABASES.containsKey(service);
        }
        String target = pods.get("app.kubernetes.io/name");
        return Platform.ACCOUNT.equals(target) // the JWKS
                || Platform.SERVICE_CALLS.getOrDefault(service, Set.of()).contains(target);
    }

    private static String describe(NetworkPolicyPeer peer) {
        return peer.getIpBlock() != null ? "ipBlock " + peer.getIpBlock().getCidr()
                : "namespace " + (peer.getNamespaceSelector() == null ? "(same)" : peer.getNamespaceSelector().getMatchLabels())
                + " pods " + (peer.getPodSelector() == null ? "(all)" : peer.getPodSelector().getMatchLabels());
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        if (ports == null || ports.isEmpty()) {
            return List.of(-1); // all ports
        }
        return ports.stream().map(NetworkPolicyPort::getPort).map(ExposureTest::number).toList();
    }

    private static Integer number(IntOrString port) {
        return port == null ? -1 : port.getIntVal() != null ? port.getIntVal() : -2;
    }
}
