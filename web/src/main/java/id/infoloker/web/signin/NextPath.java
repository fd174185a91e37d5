package id.infoloker.web.signin;

import java.util.regex.Pattern;

/**
 * Where to send someone after signing in: only a path on this site. "//evil.example", "/\evil.example",
 * "https://evil.example" or anything with control characters would let a link to "Masuk" send a person, freshly
 * signed in and trusting the page, to a look-alike site (open redirect); those all become "/".
 */
public final class NextPath {

    public static final String HOME = "/";
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    private static final int MAX_LENGTH = 512;

    private NextPath() {
    }

    public static String orHome(String next) {
        if (next == null || next.length() > MAX_LENGTH || !LOCAL.matcher(next).matches()
                || next.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        return next;
    }
}
