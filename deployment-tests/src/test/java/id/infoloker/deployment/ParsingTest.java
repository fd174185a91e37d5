package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small parsers the invariant checks rely on: if they miss something, a check passes that should fail. */
class ParsingTest {

    @Test
    void placeholdersWithoutADefaultAreFoundNestedDefaultsAreNot() {
        String yaml = """
                a: ${INFOLOKER_JWT_KEY_ID}
                b: ${SPRING_DATASOURCE_URL:jdbc:postgresql://localhost/x}
                c: ${infoloker.services.account}
                d: ${OUTER:${INNER}}
                e: ${INFOLOKER_TRUSTED_PROXIES:}
                """;
        assertThat(ApplicationPlaceholders.placeholdersWithoutDefault(yaml))
                .containsExactly("INFOLOKER_JWT_KEY_ID", "infoloker.services.account");
    }

    @Test
    void propertiesMapToSpringEnvironmentVariables() {
        assertThat(ApplicationPlaceholders.environmentVariableOf("infoloker.services.account"))
                .isEqualTo("INFOLOKER_SERVICES_ACCOUNT");
        assertThat(ApplicationPlaceholders.environmentVariableOf("infoloker.jwt.key-id")).isEqualTo("INFOLOKER_JWT_KEYID");
    }

    @Test
    void composeInterpolationWithoutDefaultIsUnsetOnAFreshCheckout() {
        assertThat(DockerComposeTest.unsetOnAFreshCheckout("${DB_PASSWORD}")).contains("DB_PASSWORD");
        assertThat(DockerComposeTest.unsetOnAFreshCheckout("$DB_PASSWORD")).contains("DB_PASSWORD");
        assertThat(DockerComposeTest.unsetOnAFreshCheckout("${DB_PASSWORD:-infoloker}")).isEmpty();
        assertThat(DockerComposeTest.unsetOnAFreshCheckout("${DB_PASSWORD:?set it in .env}")).isEmpty();
        assertThat(DockerComposeTest.unsetOnAFreshCheckout("literal$$value")).isEmpty();
    }

    @Test
    void labelSelectorsFollowKubernetesSemantics() {
        var selector = new io.fabric8.kubernetes.api.model.LabelSelectorBuilder()
                .addToMatchLabels("tier", "app")
                .addNewMatchExpression().withKey("name").withOperator("In").withValues("a", "b").endMatchExpression()
                .build();
        assertThat(Manifests.matches(selector, java.util.Map.of("tier", "app", "name", "a"))).isTrue();
        assertThat(Manifests.matches(selector, java.util.Map.of("tier", "app", "name", "c"))).isFalse();
        assertThat(Manifests.matches(selector, java.util.Map.of("name", "a"))).isFalse();
        assertThat(Manifests.matches(new io.fabric8.kubernetes.api.model.LabelSelector(), java.util.Map.of("x", "y")))
                .isTrue();
    }
}
