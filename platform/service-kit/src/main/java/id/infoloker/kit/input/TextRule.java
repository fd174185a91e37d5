package id.infoloker.kit.input;

/**
 * Which characters text from outside may carry. PostgreSQL cannot store NUL in text at all (the insert fails, which
 * used to surface as a 500), a lone UTF-16 surrogate is not a character (it turns into '?' or fails on the way out),
 * and the other C0 control characters have no place in a name, an address or a title. Tab, line feed and carriage
 * return stay allowed (notes, descriptions). Right-to-left marks and every other Unicode character are fine.
 */
public final class TextRule {

    /** The first offending position, or -1 when the text is acceptable. */
    public static int firstUnacceptable(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isAcceptable(CharSequence text) {
        return firstUnacceptable(text) < 0;
    }

    private TextRule() {
    }
}
