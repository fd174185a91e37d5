package id.infoloker.vacancy.screening;

import java.util.List;

/**
 * CLEAR: publish directly. NEEDS_REVIEW: an administrator looks first; {@code evidence} says which rule matched what.
 */
public record ScreeningDecision(Outcome outcome, List<ScreeningEvidence> evidence) {

    public enum Outcome { CLEAR, NEEDS_REVIEW }

    public ScreeningDecision {
        evidence = List.copyOf(evidence);
    }

    static ScreeningDecision of(List<ScreeningEvidence> evidence) {
        return new ScreeningDecision(evidence.isEmpty() ? Outcome.CLEAR : Outcome.NEEDS_REVIEW, evidence);
    }

    public boolean needsReview() {
        return outcome == Outcome.NEEDS_REVIEW;
    }

    /** What was read, once each ("uang jaminan", "whatsapp", "081299991234"): the short list shown since V1. */
    public List<String> matchedPhrases() {
        return evidence.stream().map(ScreeningEvidence::phrase).distinct().toList();
    }
}
