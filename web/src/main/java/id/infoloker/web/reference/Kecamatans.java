package id.infoloker.web.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The regency's kecamatan, code → name, in the file's order, for the search filter and the registration form. */
@Component
public class Kecamatans {

    private final Map<String, String> namesByCode;

    public Kecamatans(RegencyProperties regency) {
        this.namesByCode = Collections.unmodifiableMap(load(regency));
    }

    public Map<String, String> all() {
        return namesByCode;
    }

    /**
     * The name to show for a code: the regency's list, title-cased; else the name the service sent, title-cased;
     * else nothing.
     */
    public String nameOf(String code, String fallbackName) {
        String name = code == null ? null : namesByCode.get(code);
        if (name != null) {
            return name;
        }
        return fallbackName == null ? null : titleCase(fallbackName);
    }

    public boolean isKnown(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    private static Map<String, String> load(RegencyProperties regency) {
        Map<String, String> names = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(regency.kecamatanFile().getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split("\t")).filter(cells -> cells.length >= 2)
                    .forEach(cells -> names.put(cells[0].strip(), titleCase(cells[1].strip())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kecamatan file " + regency.kecamatanFile(), e);
        }
        return names;
    }

    /** "TELUKJAMBE TIMUR" reads as "Telukjambe Timur" on a page. */
    public static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '(';
        }
        return out.toString();
    }
}
