package id.infoloker.vacancy.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The whole screening against {@code screening/corpus.txt}: Karawang ads that must be held (evasions) and ads that must
 * publish (clean, many of them talking about money honestly). Prints precision and recall; an honest ad held is a
 * failure, whatever the recall.
 */
class FeeScreeningCorpusTest {

    private record Ad(String id, boolean evasive, String text) {
    }

    private final FeeScreeningPolicy policy = new FeeScreeningPolicy();

    @Test
    void holdsTheEvasionsAndPublishesTheHonestAds() throws IOException {
        List<Ad> ads = corpus();
        List<String> missed = new ArrayList<>();
        List<String> wronglyHeld = new ArrayList<>();
        int truePositives = 0;
        for (Ad ad : ads) {
            ScreeningDecision decision = policy.screen(ad.text());
            if (ad.evasive() && decision.needsReview()) {
                truePositives++;
            } else if (ad.evasive()) {
                missed.add(ad.id() + ": " + ad.text());
            } else if (decision.needsReview()) {
                wronglyHeld.add(ad.id() + ": " + decision.evidence());
            }
        }
        long evasive = ads.stream().filter(Ad::evasive).count();
        long clean = ads.size() - evasive;
        double recall = (double) truePositives / evasive;
        double precision = truePositives + wronglyHeld.size() == 0 ? 1
                : (double) truePositives / (truePositives + wronglyHeld.size());
        System.out.printf(Locale.ROOT, "Fee screening corpus: %d evasive, %d clean; held %d of %d evasive, %d clean "
                        + "held; precision %.3f, recall %.3f%n", evasive, clean, truePositives, evasive,
                wronglyHeld.size(), precision, recall);
        missed.forEach(ad -> System.out.println("  missed " + ad));
        wronglyHeld.forEach(ad -> System.out.println("  wrongly held " + ad));

        assertThat(evasive).isGreaterThanOrEqualTo(40);
        assertThat(clean).isGreaterThanOrEqualTo(40);
        assertThat(wronglyHeld).as("clean ads held for review").isEmpty();
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theIssuesQuotedEvasionsAreInTheCorpusVerbatimAndHeld() throws IOException {
        List<String> quoted = List.of("Siapkan u4ng j4minan 1 juta", "Lakukan tf ke rek BCA 1234567890",
                "hrd.gudang (at) gmail (dot) com");
        List<Ad> ads = corpus();
        for (String evasion : quoted) {
            assertThat(ads).as(evasion).anySatisfy(ad -> assertThat(ad.text()).contains(evasion));
            assertThat(policy.screen(evasion).needsReview()).as(evasion).isTrue();
        }
    }

    /** Blocks headed "### EVASIVE id" or "### CLEAN id"; lines starting "#" otherwise are comments. */
    private static List<Ad> corpus() throws IOException {
        String text;
        try (InputStream in = FeeScreeningCorpusTest.class.getResourceAsStream("/screening/corpus.txt")) {
            assertThat(in).as("screening/corpus.txt").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Ad> ads = new ArrayList<>();
        String header = null;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n### END").split("\n")) {
            if (line.startsWith("### ")) {
                if (header != null) {
                    String[] parts = header.split(" ");
                    ads.add(new Ad(parts[1], parts[0].equals("EVASIVE"), body.toString().strip()));
                }
                header = line.substring(4).strip();
                body.setLength(0);
            } else if (!line.startsWith("#")) {
                body.append(line).append('\n');
            }
        }
        return ads;
    }
}
