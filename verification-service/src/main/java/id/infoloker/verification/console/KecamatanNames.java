package id.infoloker.verification.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Kecamatan names for the console (the verifier reads "TELUKJAMBE TIMUR", not 321503), from the regency's list shipped
 * in platform/events ({@code regency/karawang-kecamatan.tsv}, {@code code<TAB>name}, header line).
 */
@Component
public class KecamatanNames {

    private static final String FILE = "/regency/karawang-kecamatan.tsv";

    private final Map<String, String> byCode;

    KecamatanNames() {
        this.byCode = load();
    }

    /** "TELUKJAMBE TIMUR (321503)", the code alone if unknown, a dash if none. */
    public String of(String code) {
        if (code == null || code.isBlank()) {
            return "–";
        }
        String name = byCode.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = KecamatanNames.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(columns -> columns.length >= 2)
                    .forEach(columns -> names.put(columns[0].strip(), columns[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
