package id.infoloker.deployment;

import id.infoloker.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Who consumes what, read from the code rather than written down a second time: every {@code @KafkaListener} in the
 * deployables' main sources (and in the service kit, which every backend service runs), its topics resolved through
 * platform/events' {@link Topics} constants, its consumer group from {@code groupId} or else the service kit's default
 * ({@code spring.kafka.consumer.group-id: ${spring.application.name}}, overridable in the service's application.yml).
 */
record KafkaConsumers(List<Consumption> consumptions) {

    /**
     * One listener's subscription to one topic; {@code sharedGroup} is false for per-instance (broadcast) groups,
     * {@code deadLetters} false for a hand-built container that skips what it cannot read (no {@code .dlt}).
     */
    record Consumption(String service, String group, boolean sharedGroup, String topic, String declaredIn,
                       boolean deadLetters) {
    }

    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\s*\\(");
    /** A listener container built by hand (e.g. the kit's revocation feed): its topics and its setGroupId. */
    private static final Pattern CONTAINER = Pattern.compile("new ContainerProperties\\(");
    private static final Pattern SET_GROUP = Pattern.compile("setGroupId\\(([^;]*)\\);");
    private static final Pattern TOPICS = Pattern.compile("\\btopics\\s*=\\s*(\\{[^}]*}|[^,)]+)");
    private static final Pattern GROUP = Pattern.compile("\\bgroupId\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("Topics\\.([A-Z0-9_]+)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");
    private static final String KIT = "platform/service-kit";
    private static final Pattern PUBLISH = Pattern.compile("\\.publish\\(\\s*Topics\\.([A-Z0-9_]+)");

    /** The topics each service writes through its outbox ({@code outbox.publish(Topics.X, ...)}), by service. */
    static Map<String, Set<String>> producedTopics() {
        Map<String, Set<String>> produced = new java.util.TreeMap<>();
        for (String service : Platform.DATABASES.keySet()) {
            Set<String> topics = new TreeSet<>();
            Path sources = Repository.path(service + "/src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher publish = PUBLISH.matcher(Files.readString(file));
                    while (publish.find()) {
                        topics.add(constantValue(publish.group(1), file.toString()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            produced.put(service, topics);
        }
        return produced;
    }

    static KafkaConsumers fromCode() {
        List<Consumption> found = new ArrayList<>();
        for (String service : Platform.HTTP_PORTS.keySet()) {
            String group = defaultGroup(service);
            scan(Repository.path(service + "/src/main/java"), service, group, found);
            if (Platform.DATABASES.containsKey(service)) {
                scan(Repository.path(KIT + "/src/main/java"), service, group, found);
            }
        }
        return new KafkaConsumers(List.copyOf(found));
    }

    /** The topics a service's own consumer group (the one KEDA measures) subscribes to. */
    Set<String> topicsOfGroup(String service) {
        Set<String> topics = new TreeSet<>();
        consumptions.stream().filter(c -> c.service().equals(service) && c.sharedGroup()).forEach(c -> topics.add(c.topic()));
        return topics;
    }

    Set<String> services() {
        Set<String> services = new TreeSet<>();
        consumptions.forEach(c -> services.add(c.service()));
        return services;
    }

    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        consumptions.forEach(c -> topics.add(c.topic()));
        return topics;
    }

    String groupOf(String service) {
        return consumptions.stream().filter(c -> c.service().equals(service) && c.sharedGroup()).map(Consumption::group)
                .findFirst().orElse(defaultGroup(service));
    }

    /** A copy that also consumes {@code topic} in {@code service}'s group (for the checks' negative cases). */
    KafkaConsumers plus(String service, String topic) {
        List<Consumption> more = new ArrayList<>(consumptions);
        more.add(new Consumption(service, groupOf(service), true, topic, "test", true));
        return new KafkaConsumers(List.copyOf(more));
    }

    /** A copy without {@code service}'s subscription to {@code topic}. */
    KafkaConsumers minus(String service, String topic) {
        return new KafkaConsumers(consumptions.stream()
                .filter(c -> !(c.service().equals(service) && c.topic().equals(topic))).toList());
    }

    private static void scan(Path sources, String service, String group, List<Consumption> found) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher listener = LISTENER.matcher(source);
                while (listener.find()) {
                    String arguments = arguments(source, listener.end());
                    String where = Repository.root().relativize(file).toString();
                    Matcher groupId = GROUP.matcher(arguments);
                    boolean ownGroup = !groupId.find();
                    String listenerGroup = ownGroup ? group : groupId.group(1);
                    // A group built from placeholders (e.g. one per instance) is not the service's shared group.
                    boolean shared = ownGroup || !listenerGroup.contains("${");
                    for (String topic : topics(arguments, where)) {
                        found.add(new Consumption(service, listenerGroup, shared, topic, where, true));
                    }
                }
                Matcher container = CONTAINER.matcher(source);
                while (container.find()) {
                    String where = Repository.root().relativize(file).toString();
                    Matcher setGroup = SET_GROUP.matcher(source);
                    // A group of its own per instance, named "<application name><literal parts>...".
                    String containerGroup = setGroup.find() ? service + String.join("", literals(setGroup.group(1)))
                            : group;
                    for (String topic : constants(arguments(source, container.end()), where)) {
                        found.add(new Consumption(service, containerGroup, false, topic, where, false));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotation's argument text, up to its closing parenthesis (parentheses inside strings ignored). */
    private static String arguments(String source, int start) {
        int depth = 1;
        boolean quoted = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return source.substring(start, i);
            }
        }
        throw new IllegalStateException("Unbalanced @KafkaListener( at offset " + start);
    }

    private static List<String> topics(String arguments, String where) {
        Matcher topics = TOPICS.matcher(arguments);
        if (!topics.find()) {
            throw new AssertionError("@KafkaListener in " + where + " names no topics = ...: this check (and KEDA, topics, "
                    + "NetworkPolicies) cannot follow a topicPattern or topicPartitions; use Topics constants");
        }
        List<String> names = new ArrayList<>();
        Matcher constant = CONSTANT.matcher(topics.group(1));
        while (constant.find()) {
            names.add(constantValue(constant.group(1), where));
        }
        Matcher literal = LITERAL.matcher(topics.group(1));
        while (literal.find()) {
            names.add(literal.group(1));
        }
        if (names.isEmpty()) {
            throw new AssertionError("Cannot resolve the topics of the @KafkaListener in " + where + ": " + topics.group(1));
        }
        return names;
    }

    private static List<String> constants(String text, String where) {
        List<String> names = new ArrayList<>();
        Matcher constant = CONSTANT.matcher(text);
        while (constant.find()) {
            names.add(constantValue(constant.group(1), where));
        }
        return names;
    }

    private static List<String> literals(String text) {
        List<String> parts = new ArrayList<>();
        Matcher literal = LITERAL.matcher(text);
        while (literal.find()) {
            parts.add(literal.group(1));
        }
        return parts;
    }

    private static String constantValue(String constant, String where) {
        try {
            return (String) Topics.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Topics." + constant + " used in " + where + " is not a constant of Topics", e);
        }
    }

    /** spring.kafka.consumer.group-id from the service's application.yml, else the kit's ${spring.application.name}. */
    @SuppressWarnings("unchecked")
    private static String defaultGroup(String service) {
        Path yml = Repository.path(service + "/src/main/resources/application.yml");
        if (!Files.isRegularFile(yml)) {
            return service;
        }
        try {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(yml)).iterator().next();
            Object spring = tree instanceof Map<?, ?> map ? map.get("spring") : null;
            Object applicationName = nested(spring, "application", "name");
            Object groupId = nested(spring, "kafka", "consumer", "group-id");
            String name = applicationName == null ? service : String.valueOf(applicationName);
            return groupId == null ? name : String.valueOf(groupId).replace("${spring.application.name}", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object nested(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
