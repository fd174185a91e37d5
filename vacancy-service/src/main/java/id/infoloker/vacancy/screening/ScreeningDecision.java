package id.infoloker.vacancy.screening;

import java.util.List;

/** CLEAR: publish directly. NEEDS_REVIEW: an administrator looks first; {@code matchedPhrases} says why. */
public record ScreeningDecision(Outcome outcome, List<String> matchedPhrases) {

    public enum Outcome { CLEAR, NEEDS_REVIEW }

    public ScreeningDecision {
        matchedPhrases = List.copyOf(matchedPhrases);
    }

    public boolean needsReview() {
        return outcome == Outcome.NEEDS_REVIEW;
    }
}
