package id.infoloker.verification.cases;

import id.infoloker.kit.problem.Refusal;

/** The refusals of the case's lifecycle; the kit answers them as problems (404 / 409). */
public final class CaseRefusals {

    public static Refusal notFound() {
        return new Refusal(Refusal.Kind.NOT_FOUND, "case-not-found", null);
    }

    /** Release or decide by someone who does not hold the case with a live lease (or a decided case). */
    public static Refusal notClaimed() {
        return new Refusal(Refusal.Kind.CONFLICT, "case-not-claimed", null);
    }

    /** A claim of a case that is not in the queue: decided, still missing documents, or held by a colleague. */
    public static Refusal notClaimable() {
        return new Refusal(Refusal.Kind.CONFLICT, "case-not-claimable", null);
    }

    private CaseRefusals() {
    }
}
