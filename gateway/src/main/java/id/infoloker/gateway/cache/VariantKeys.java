package id.infoloker.gateway.cache;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/** The key of one variant: the resource plus the values of the request headers the answer's {@code Vary} names. */
final class VariantKeys {

    private VariantKeys() {
    }

    static String of(String resource, List<String> vary, HttpHeaders requestHeaders) {
        if (vary.isEmpty()) {
            return resource;
        }
        StringBuilder key = new StringBuilder(resource);
        for (String name : vary) {
            List<String> values = requestHeaders.get(name);
            key.append('\n').append(name.toLowerCase(Locale.ROOT)).append(':')
                    .append(values == null ? "" : String.join(",", values));
        }
        return key.toString();
    }
}
