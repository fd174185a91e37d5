package id.infoloker.vacancy.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A vacancy's text as the screening rules see it — {@link #normalised()}: lower case, no accents, leetspeak undone,
 * letters spaced out joined back, repeated letters collapsed, thousands separators dropped, one space between tokens,
 * "|" where a sentence or clause ends — together with the way back to what the employer wrote, so that a reviewer is
 * shown "u4ng j4minan", not the normalised "uang jaminan".
 */
public final class ScreeningText {

    /** A token of the normalised text and the stretch of the original text it came from. */
    record Token(String text, int rawStart, int rawEnd) {
    }

    private static final int MAX_QUOTE = 160;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String raw;
    private final String normalised;
    private final int[] tokenAt;
    private final List<Token> tokens;

    ScreeningText(String raw, List<Token> tokens) {
        this.raw = raw;
        this.tokens = List.copyOf(tokens);
        StringBuilder text = new StringBuilder();
        int[] owner = new int[tokens.stream().mapToInt(token -> token.text().length() + 1).sum()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                owner[text.length()] = i;
                text.append(' ');
            }
            for (int c = 0; c < tokens.get(i).text().length(); c++) {
                owner[text.length()] = i;
                text.append(tokens.get(i).text().charAt(c));
            }
        }
        this.normalised = text.toString();
        this.tokenAt = owner;
    }

    public String normalised() {
        return normalised;
    }

    /** What the employer wrote for the normalised range [start, end), whole tokens, on one line. */
    public String original(int start, int end) {
        if (normalised.isEmpty() || end <= start) {
            return "";
        }
        Token first = tokens.get(tokenAt[start]);
        Token last = tokens.get(tokenAt[Math.min(end, normalised.length()) - 1]);
        // A spelled-out run is one token however long: quote at most its first 160 characters.
        int quoteEnd = Math.min(Math.max(first.rawStart(), last.rawEnd()), first.rawStart() + MAX_QUOTE);
        String quote = WHITESPACE.matcher(raw.substring(first.rawStart(), quoteEnd)).replaceAll(" ").strip();
        return quoteEnd < last.rawEnd() ? quote + "…" : quote;
    }

    @Override
    public String toString() {
        return normalised;
    }
}
