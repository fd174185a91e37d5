package id.infoloker.verification.checks;

/** A stored check as a reader sees it, the message in the reader's language. */
public record CheckView(CheckCode code, Verdict verdict, String message) {

    public boolean highlighted() {
        return verdict != Verdict.PASS;
    }
}
