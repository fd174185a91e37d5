package id.infoloker.apicontract.lint;

/** One rule broken at one place of a document (a JSON pointer), at the severity the configuration gives the rule. */
public record Finding(String rule, Severity severity, String pointer, String message) {

    public enum Severity {
        ERROR, WARN, OFF
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + " " + rule + " at " + pointer + ": " + message;
    }
}
