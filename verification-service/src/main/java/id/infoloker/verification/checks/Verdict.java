package id.infoloker.verification.checks;

/** The outcome of one automatic check; FAIL and WARN are highlighted for the verifier, who still decides. */
public enum Verdict {
    PASS, WARN, FAIL
}
