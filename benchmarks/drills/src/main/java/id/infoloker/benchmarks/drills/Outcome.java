package id.infoloker.benchmarks.drills;

import java.util.UUID;

/**
 * One registration request of a drill's load: when it was sent, what came back and when. {@code status} is
 * {@value #NO_ANSWER} when no HTTP answer came at all (refused connection, timeout); {@code code} is the problem's
 * {@code code} of an error answer, {@code accountId} the id of an accepted (202) one.
 */
record Outcome(long sentAtMillis, int status, long latencyMillis, String code, UUID accountId) {

    static final int NO_ANSWER = -1;

    long answeredAtMillis() {
        return sentAtMillis + latencyMillis;
    }

    boolean accepted() {
        return status == 202;
    }

    boolean serverError() {
        return status >= 500 || status == NO_ANSWER;
    }

    String statusLabel() {
        return status == NO_ANSWER ? "no answer" : code == null ? String.valueOf(status) : status + " " + code;
    }
}
