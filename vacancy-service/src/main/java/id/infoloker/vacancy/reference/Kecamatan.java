package id.infoloker.vacancy.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Karawang's 30 kecamatan, from the regency's list shipped in platform/events as {@code regency/karawang-kecamatan.tsv}. */
public final class Kecamatan {

    private static final Map<String, String> NAMES_BY_CODE = load();

    public static boolean isKnown(String code) {
        return code != null && NAMES_BY_CODE.containsKey(code);
    }

    public static String nameOf(String code) {
        return NAMES_BY_CODE.get(code);
    }

    public static Map<String, String> all() {
        return NAMES_BY_CODE;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Kecamatan.class.getResourceAsStream("/regency/karawang-kecamatan.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: code, name
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t");
                if (columns.length == 2) {
                    names.put(columns[0].trim(), columns[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }

    private Kecamatan() {
    }
}
