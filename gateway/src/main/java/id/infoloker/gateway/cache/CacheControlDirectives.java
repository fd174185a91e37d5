package id.infoloker.gateway.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The directives of a {@code Cache-Control} header, one by one. Comparing the whole header value with
 * {@code "private"} or {@code "no-store"} is exactly CVE-2026-59427 in Spring Cloud Gateway's LocalResponseCache 5.0.4
 * ({@code private, no-store} was stored and served to others), so every comma-separated directive is read here.
 */
record CacheControlDirectives(Map<String, String> directives) {

    static CacheControlDirectives parse(List<String> headerValues) {
        Map<String, String> parsed = new HashMap<>();
        if (headerValues != null) {
            for (String value : headerValues) {
                for (String part : value.split(",")) {
                    String directive = part.trim();
                    if (directive.isEmpty()) {
                        continue;
                    }
                    int equals = directive.indexOf('=');
                    String name = (equals < 0 ? directive : directive.substring(0, equals)).trim()
                            .toLowerCase(Locale.ROOT);
                    String argument = equals < 0 ? "" : unquote(directive.substring(equals + 1).trim());
                    parsed.putIfAbsent(name, argument);
                }
            }
        }
        return new CacheControlDirectives(parsed);
    }

    boolean has(String directive) {
        return directives.containsKey(directive);
    }

    /** Seconds of a delta-seconds directive; empty when absent or unreadable (an unreadable one is not trusted). */
    OptionalLong seconds(String directive) {
        String value = directives.get(directive);
        if (value == null || value.isEmpty() || !value.chars().allMatch(Character::isDigit) || value.length() > 9) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
