package id.infoloker.account.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * The regency's kecamatan (districts) with their codes, read once at start-up from a tab-separated file
 * ({@code code<TAB>name}, header line, {@code #} comments allowed) named by {@code infoloker.regency.kecamatan-file}.
 * Another regency deploys with its own file.
 */
public class KecamatanCatalog {

    public record Kecamatan(String code, String name) {
    }

    private final Map<String, Kecamatan> byCode;

    KecamatanCatalog(Map<String, Kecamatan> byCode) {
        if (byCode.isEmpty()) {
            throw new IllegalStateException("The kecamatan catalogue is empty");
        }
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    public static KecamatanCatalog load(Resource file) {
        Map<String, Kecamatan> byCode = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < 2 || columns[0].isBlank()) {
                    throw new IllegalStateException("Malformed line in " + file.getDescription() + ": " + line);
                }
                Kecamatan kecamatan = new Kecamatan(columns[0].strip(), columns[1].strip());
                byCode.put(kecamatan.code(), kecamatan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read kecamatan catalogue " + file.getDescription(), e);
        }
        return new KecamatanCatalog(byCode);
    }

    public Optional<Kecamatan> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    public Collection<Kecamatan> all() {
        return byCode.values();
    }
}
