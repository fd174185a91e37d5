package id.infoloker.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The platform's fixed conventions (ports, databases, environment, consumers) that the deployment files must honour. */
final class Platform {

    static final String GATEWAY = "gateway";
    static final String ACCOUNT = "account-service";
    static final String VACANCY = "vacancy-service";
    static final String VERIFICATION = "verification-service";
    static final String NOTIFICATION = "notification-service";
    /** The portal's pages: no database, no Kafka; only the gateway calls it. */
    static final String WEB = "web";

    /** The six deployables and the port each serves HTTP on. */
    static final Map<String, Integer> HTTP_PORTS = ordered(Map.of(
            GATEWAY, 8080, ACCOUNT, 8081, VACANCY, 8082, VERIFICATION, 8083, NOTIFICATION, 8084, WEB, 8085));

    /** The gateway serves its actuator (health, metrics) on a separate management port. */
    static final int GATEWAY_MANAGEMENT_PORT = 9080;

    static final Map<String, String> DATABASES = ordered(Map.of(
            ACCOUNT, "account_service", VACANCY, "vacancy_service",
            VERIFICATION, "verification_service", NOTIFICATION, "notification_service"));

    static final String JWKS_URI = "http://account-service:8081/.well-known/jwks.json";
    static final String JWT_PRIVATE_KEY_LOCATION = "file:/run/secrets/jwt/private.pem";
    static final String LIVENESS_PATH = "/actuator/health/liveness";
    static final String READINESS_PATH = "/actuator/health/readiness";

    /** Hikari's default pool size: each pod may hold this many connections. */
    static final int CONNECTIONS_PER_POD = 10;

    /**
     * Scaled by KEDA on the lag of their consumer group; which topics that group reads comes from the code
     * ({@link KafkaConsumers}), never from a list kept here.
     */
    static final Set<String> KEDA_SCALED = Set.of(VERIFICATION, NOTIFICATION);

    /**
     * CPU-scaled by an HPA: the edge, web (rendering pages is CPU per request) and account-service (password hashing
     * makes registration CPU-bound).
     */
    static final Set<String> HPA_TARGETS = Set.of(GATEWAY, WEB, ACCOUNT);

    /** Environment every deployment of a service must set, wherever it runs (compose or Kubernetes). */
    static Set<String> requiredEnvironment(String service) {
        // LOGGING_STRUCTURED_FORMAT_CONSOLE: JSON log lines wherever a collector reads them (ObservabilityTest: ecs).
        Set<String> env = new TreeSet<>(Set.of("SPRING_PROFILES_ACTIVE", "INFOLOKER_SECURITY_JWKS_URI",
                "LOGGING_STRUCTURED_FORMAT_CONSOLE"));
        if (GATEWAY.equals(service)) {
            env.addAll(GATEWAY_ROUTES.keySet());
            return env;
        }
        if (WEB.equals(service)) {
            env.addAll(SERVICE_URLS.keySet());
            env.add("INFOLOKER_PORTAL_BASE_URL");
            return env;
        }
        env.addAll(Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        if (NOTIFICATION.equals(service)) {
            // Without these every e-mail and phone message outside the devstack fails (none were set once).
            env.addAll(Set.of("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD",
                    "INFOLOKER_NOTIFICATIONS_EMAIL_FROM", "INFOLOKER_SMS_PROVIDER"));
        }
        if (ACCOUNT.equals(service)) {
            env.addAll(Set.of("INFOLOKER_JWT_PRIVATE_KEY_LOCATION", "INFOLOKER_JWT_KEY_ID",
                    "INFOLOKER_STAFF_ADMIN_EMAIL", "INFOLOKER_STAFF_ADMIN_PASSWORD",
                    "INFOLOKER_STAFF_VERIFIER_EMAIL", "INFOLOKER_STAFF_VERIFIER_PASSWORD"));
        }
        return env;
    }

    /** The four API services: the environment variable naming each one's URL, and that service. */
    static final Map<String, String> SERVICE_URLS = ordered(Map.of(
            "INFOLOKER_SERVICES_ACCOUNT", ACCOUNT, "INFOLOKER_SERVICES_VACANCY", VACANCY,
            "INFOLOKER_SERVICES_VERIFICATION", VERIFICATION, "INFOLOKER_SERVICES_NOTIFICATION", NOTIFICATION));

    /** Gateway routes: the four services' APIs, and web for every other path. */
    static final Map<String, String> GATEWAY_ROUTES = with(SERVICE_URLS, "INFOLOKER_SERVICES_WEB", WEB);

    /** Who calls whom over HTTP inside the platform (besides every service fetching account-service's JWKS). */
    static final Map<String, Set<String>> CALLS = Map.of(
            GATEWAY, Set.copyOf(GATEWAY_ROUTES.values()),
            WEB, Set.copyOf(SERVICE_URLS.values()));

    /**
     * Calls between the API services themselves (besides the JWKS), each with its reason: the staff console
     * (verification-service) calls vacancy-service's moderation API with the admin's token (issue 14);
     * account-service gathers the other services' parts of a person's export bundle with the person's token (issue 16).
     */
    static final Map<String, Set<String>> SERVICE_CALLS = Map.of(VERIFICATION, Set.of(VACANCY),
            ACCOUNT, Set.of(VACANCY, VERIFICATION, NOTIFICATION));

    /** The four backend services serve actuator on the service kit's management port (probes survive a full Tomcat). */
    static final int SERVICE_MANAGEMENT_PORT = 9090;

    static int healthPort(String service) {
        if (GATEWAY.equals(service)) {
            return GATEWAY_MANAGEMENT_PORT;
        }
        return DATABASES.containsKey(service) ? SERVICE_MANAGEMENT_PORT : HTTP_PORTS.get(service);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return new LinkedHashMap<>(new java.util.TreeMap<>(map));
    }

    private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return ordered(copy);
    }

    private Platform() {
    }
}
