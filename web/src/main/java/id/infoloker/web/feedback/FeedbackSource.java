package id.infoloker.web.feedback;

/** The page feedback came from: a path on this portal, or nothing (never another site's address). */
final class FeedbackSource {

    private FeedbackSource() {
    }

    static String of(String from) {
        if (from == null || from.length() > 300 || !from.startsWith("/") || from.startsWith("//")
                || from.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return null;
        }
        return from;
    }
}
