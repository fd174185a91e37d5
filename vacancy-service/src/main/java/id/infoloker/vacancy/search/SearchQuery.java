package id.infoloker.vacancy.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a job seeker types into a {@code to_tsquery('indonesian', ...)} expression. PostgreSQL's Indonesian
 * stemmer removes prefixes without restoring the dropped consonant, so "pengemudi" stems to {@code emudi} and
 * "mengemudi" to {@code emud}: each word is therefore searched together with its pe-/me- counterpart (and a few
 * everyday synonyms such as sopir/supir/driver), and all words must match. Only letters and digits reach the query,
 * so nothing a user types can break its syntax.
 */
final class SearchQuery {

    private static final int MAX_WORDS = 8;

    private static final String[][] PREFIX_PAIRS = {
        {"peng", "meng"}, {"peny", "meny"}, {"pem", "mem"}, {"pen", "men"}, {"pe", "me"}, {"per", "ber"}
    };

    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "sopir", List.of("supir", "driver", "pengemudi"),
            "supir", List.of("sopir", "driver", "pengemudi"),
            "driver", List.of("sopir", "supir", "pengemudi"),
            "pengemudi", List.of("sopir", "supir", "driver"),
            "karyawan", List.of("pegawai", "staf"),
            "staf", List.of("staff"),
            "staff", List.of("staf"));

    private SearchQuery() {
    }

    /** @return the tsquery text, or null when the input holds no searchable word */
    static String toTsQuery(String input) {
        if (input == null) {
            return null;
        }
        String plain = Normalizer.normalize(input, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (word.isEmpty() || terms.size() == MAX_WORDS) {
                continue;
            }
            Set<String> variants = new LinkedHashSet<>();
            variants.add(word);
            variants.addAll(affixVariants(word));
            for (String synonym : SYNONYMS.getOrDefault(word, List.of())) {
                variants.add(synonym);
                variants.addAll(affixVariants(synonym));
            }
            terms.add("(" + String.join(" | ", variants) + ")");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    private static List<String> affixVariants(String word) {
        List<String> variants = new ArrayList<>();
        for (String[] pair : PREFIX_PAIRS) {
            if (word.length() > pair[0].length() + 2 && word.startsWith(pair[0])) {
                variants.add(pair[1] + word.substring(pair[0].length()));
                break;
            }
            if (word.length() > pair[1].length() + 2 && word.startsWith(pair[1])) {
                variants.add(pair[0] + word.substring(pair[1].length()));
                break;
            }
        }
        return variants;
    }
}
