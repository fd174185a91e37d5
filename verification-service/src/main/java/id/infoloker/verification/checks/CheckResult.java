package id.infoloker.verification.checks;

import java.util.List;

/**
 * One check's verdict with the message key ({@code check.*} in the message bundles) and its arguments; the text is
 * rendered in Bahasa Indonesia when stored and in the reader's language when shown.
 */
public record CheckResult(CheckCode code, Verdict verdict, String messageKey, List<String> arguments) {

    public CheckResult {
        arguments = List.copyOf(arguments);
    }

    static CheckResult pass(CheckCode code, String key, String... arguments) {
        return new CheckResult(code, Verdict.PASS, key, List.of(arguments));
    }

    static CheckResult warn(CheckCode code, String key, String... arguments) {
        return new CheckResult(code, Verdict.WARN, key, List.of(arguments));
    }

    static CheckResult fail(CheckCode code, String key, String... arguments) {
        return new CheckResult(code, Verdict.FAIL, key, List.of(arguments));
    }
}
