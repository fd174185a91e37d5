package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrets are templates in k8s/secrets/, never values in the manifests; everything referenced has a template. */
class SecretsTest {

    private static final String PLACEHOLDER = "REPLACE_ME";

    static List<String> overlays() {
        return Overlay.names();
    }

    /** Secret name to its keys, from k8s/secrets/*.template.yaml. */
    static Map<String, Set<String>> templates() {
        Map<String, Set<String>> templates = new HashMap<>();
        for (Secret secret : templateSecrets()) {
            Set<String> keys = new TreeSet<>();
            Optional.ofNullable(secret.getStringData()).ifPresent(data -> keys.addAll(data.keySet()));
            Optional.ofNullable(secret.getData()).ifPresent(data -> keys.addAll(data.keySet()));
            templates.put(name(secret), keys);
        }
        return templates;
    }

    private static List<Secret> templateSecrets() {
        try (Stream<Path> files = Files.list(Repository.path("k8s/secrets"))) {
            List<Secret> secrets = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".template.yaml")).sorted().toList()) {
                Overlay.parse(file.getFileName().toString(), Files.readString(file)).all(Secret.class).forEach(secrets::add);
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void templatesHoldPlaceholdersOnly() {
        List<Secret> secrets = templateSecrets();
        assertThat(secrets).isNotEmpty();
        assertSoftly(softly -> secrets.forEach(secret -> {
            softly.assertThat(secret.getData()).as("template %s: base64 'data' hides real values; use stringData",
                    name(secret)).isNullOrEmpty();
            Optional.ofNullable(secret.getStringData()).orElse(Map.of()).forEach((key, value) -> {
                // The username of a database Secret is the role name, not a secret.
                if (!("username".equals(key) && "kubernetes.io/basic-auth".equals(secret.getType()))) {
                    softly.assertThat(value).as("template %s key %s", name(secret), key).contains(PLACEHOLDER);
                }
            });
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void renderedManifestsContainNoSecrets(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        assertThat(overlay.all(Secret.class)).extracting(Manifests::name)
                .as("Secrets in %s: values belong in the cluster, templates in k8s/secrets/", overlay).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyReferencedSecretKeyHasATemplate(String overlayName) {
        Overlay overlay = Overlay.render(overlayName);
        Map<String, Set<String>> templates = templates();
        List<String[]> references = new ArrayList<>(); // {secret, key or null, where}
        for (Deployment deployment : overlay.deployments()) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            Manifests.allContainers(deployment).forEach(container -> Optional.ofNullable(container.getEnv())
                    .orElse(List.of()).stream()
                    .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                    .forEach(env -> references.add(new String[] {env.getValueFrom().getSecretKeyRef().getName(),
                            env.getValueFrom().getSecretKeyRef().getKey(), name(deployment) + " env " + env.getName()})));
            Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream().filter(v -> v.getSecret() != null)
                    .forEach(volume -> {
                        var items = Optional.ofNullable(volume.getSecret().getItems()).orElse(List.of());
                        if (items.isEmpty()) {
                            references.add(new String[] {volume.getSecret().getSecretName(), null,
                                    name(deployment) + " volume " + volume.getName()});
                        }
                        items.forEach(item -> references.add(new String[] {volume.getSecret().getSecretName(),
                                item.getKey(), name(deployment) + " volume " + volume.getName()}));
                    });
        }
        for (GenericKubernetesResource cluster : overlay.custom("Cluster")) {
            Manifests.listAt(cluster, "spec", "managed", "roles").forEach(role -> {
                if (role.get("passwordSecret") instanceof Map<?, ?> secret) {
                    references.add(new String[] {String.valueOf(secret.get("name")), "password", "role " + role.get("name")});
                    references.add(new String[] {String.valueOf(secret.get("name")), "username", "role " + role.get("name")});
                }
            });
        }
        for (GenericKubernetesResource store : overlay.custom("ObjectStore")) {
            Object credentials = Manifests.at(store, "spec", "configuration", "s3Credentials");
            if (credentials instanceof Map<?, ?> map) {
                map.values().forEach(ref -> {
                    if (ref instanceof Map<?, ?> secretRef) {
                        references.add(new String[] {String.valueOf(secretRef.get("name")),
                                String.valueOf(secretRef.get("key")), "ObjectStore " + name(store)});
                    }
                });
            }
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            boolean certManager = Optional.ofNullable(ingress.getMetadata().getAnnotations()).orElse(Map.of()).keySet()
                    .stream().anyMatch(key -> key.startsWith("cert-manager.io/"));
            Optional.ofNullable(ingress.getSpec().getTls()).orElse(List.of()).forEach(tls -> {
                if (!certManager) { // cert-manager creates and renews the TLS Secret itself
                    references.add(new String[] {tls.getSecretName(), null, "Ingress " + name(ingress) + " TLS"});
                }
            });
        }
        // Strimzi's User Operator creates a Secret per KafkaUser (password, sasl.jaas.config): no template.
        Set<String> kafkaUsers = new java.util.HashSet<>();
        overlay.custom("KafkaUser").forEach(user -> kafkaUsers.add(name(user)));
        references.removeIf(reference -> kafkaUsers.contains(reference[0])
                && Set.of("password", "sasl.jaas.config").contains(reference[1]));
        for (GenericKubernetesResource user : overlay.custom("KafkaUser")) {
            Object secret = Manifests.at(user, "spec", "authentication", "password", "valueFrom", "secretKeyRef", "name");
            Object key = Manifests.at(user, "spec", "authentication", "password", "valueFrom", "secretKeyRef", "key");
            if (secret != null) {
                references.add(new String[] {String.valueOf(secret), String.valueOf(key), "KafkaUser " + name(user)});
            }
        }
        for (GenericKubernetesResource auth : overlay.custom("TriggerAuthentication")) {
            Manifests.listAt(auth, "spec", "secretTargetRef").forEach(ref -> references.add(new String[] {
                    String.valueOf(ref.get("name")), String.valueOf(ref.get("key")), "TriggerAuthentication " + name(auth)}));
        }
        assertThat(references).as("secret references in %s", overlay).isNotEmpty();
        assertSoftly(softly -> references.forEach(reference -> {
            Set<String> keys = templates.get(reference[0]);
            softly.assertThat(keys).as("%s uses Secret %s: add k8s/secrets/*.template.yaml", reference[2], reference[0])
                    .isNotNull();
            if (keys != null && reference[1] != null) {
                softly.assertThat(keys).as("%s uses key %s of Secret %s", reference[2], reference[1], reference[0])
                        .contains(reference[1]);
            }
        }));
    }
}
