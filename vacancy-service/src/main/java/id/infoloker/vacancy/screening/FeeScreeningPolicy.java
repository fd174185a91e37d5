package id.infoloker.vacancy.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Kemnaker's red flags of a fake vacancy: asking the job seeker for money ({@link MoneyRequestRule}) or moving them off
 * the platform ({@link OffPlatformContactRule}). The text is {@link ScreeningNormaliser normalised} first because fake
 * ads are written to dodge keyword lists ("u4ng j4minan", "b.i.a.y.a", "nol delapan satu dua …"). A match rejects
 * nothing: the vacancy waits for an administrator, who sees each rule's evidence as the employer wrote it.
 *
 * <p>The rules are plain objects, not beans: they are pure functions of the text with no configuration.
 */
@Component
public class FeeScreeningPolicy {

    private final ScreeningNormaliser normaliser = new ScreeningNormaliser();
    private final List<ScreeningRule> rules = List.of(new MoneyRequestRule(), new OffPlatformContactRule());

    /** Screens the given texts (title, description, requirements) as one text, each on its own line. */
    public ScreeningDecision screen(String... texts) {
        String joined = Arrays.stream(texts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        ScreeningText text = normaliser.normalise(joined);
        List<ScreeningEvidence> evidence = new ArrayList<>();
        for (ScreeningRule rule : rules) {
            evidence.addAll(rule.find(text));
        }
        return ScreeningDecision.of(distinct(evidence));
    }

    /** One entry per rule and phrase: "biaya … biaya" in one ad is one finding for the reviewer. */
    private static List<ScreeningEvidence> distinct(List<ScreeningEvidence> evidence) {
        Map<String, ScreeningEvidence> unique = new LinkedHashMap<>();
        for (ScreeningEvidence item : evidence) {
            unique.putIfAbsent(item.rule() + "\u0000" + item.phrase(), item);
        }
        return List.copyOf(unique.values());
    }
}
