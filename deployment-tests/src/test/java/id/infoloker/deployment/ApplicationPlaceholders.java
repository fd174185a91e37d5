package id.infoloker.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a service's own configuration demands from its environment: {@code ${NAME}} placeholders without a default in
 * {@code src/main/resources/application.yml} and {@code application-<profile>.yml} (the files that apply in that
 * deployment). A dotted placeholder ({@code ${infoloker.x}}) counts as satisfied when some loaded file defines the
 * property; otherwise its environment-variable form (INFOLOKER_X) must be set.
 */
final class ApplicationPlaceholders {

    /** A placeholder with the environment variable that would satisfy it. */
    record Requirement(String file, String placeholder, String environmentVariable) {
    }

    static List<Requirement> unresolved(String service, String profile) {
        Path resources = Repository.path(service + "/src/main/resources");
        List<Path> files = new ArrayList<>();
        for (String name : List.of("application.yml", "application.yaml", "application-" + profile + ".yml",
                "application-" + profile + ".yaml")) {
            if (Files.isRegularFile(resources.resolve(name))) {
                files.add(resources.resolve(name));
            }
        }
        Set<String> defined = new TreeSet<>();
        Path kitDefaults = Repository.path("platform/service-kit/src/main/resources/infoloker-defaults.yml");
        for (Path file : concat(files, kitDefaults)) {
            if (Files.isRegularFile(file)) {
                defined.addAll(propertiesDefinedIn(read(file)));
            }
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Path file : files) {
            for (String placeholder : placeholdersWithoutDefault(read(file))) {
                boolean dotted = placeholder.contains(".") || placeholder.chars().anyMatch(Character::isLowerCase);
                if (dotted && defined.contains(placeholder)) {
                    continue;
                }
                requirements.add(new Requirement(Repository.root().relativize(file).toString(), placeholder,
                        dotted ? environmentVariableOf(placeholder) : placeholder));
            }
        }
        return requirements;
    }

    /** Spring Boot's relaxed binding: infoloker.jwt.key-id is set by INFOLOKER_JWT_KEYID. */
    static String environmentVariableOf(String property) {
        return property.replace('.', '_').replace("-", "").replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
    }

    /** Top-level ${...} placeholders whose content has no ':' default (nested placeholders sit inside a default). */
    static List<String> placeholdersWithoutDefault(String text) {
        List<String> found = new ArrayList<>();
        int index = 0;
        while ((index = text.indexOf("${", index)) >= 0) {
            int depth = 0;
            int end = -1;
            boolean hasDefault = false;
            for (int i = index + 2; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{' && text.charAt(i - 1) == '$') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        end = i;
                        break;
                    }
                    depth--;
                } else if (c == ':' && depth == 0) {
                    hasDefault = true;
                }
            }
            if (end < 0) {
                break;
            }
            if (!hasDefault) {
                found.add(text.substring(index + 2, end).trim());
            }
            index = end + 1;
        }
        return found;
    }

    static Set<String> propertiesDefinedIn(String yaml) {
        Set<String> keys = new TreeSet<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            flatten("", document, keys);
        }
        return keys;
    }

    private static void flatten(String prefix, Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, keys));
        } else if (!prefix.isEmpty()) {
            keys.add(prefix);
        }
    }

    private static List<Path> concat(List<Path> files, Path extra) {
        List<Path> all = new ArrayList<>(files);
        all.add(extra);
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApplicationPlaceholders() {
    }
}
