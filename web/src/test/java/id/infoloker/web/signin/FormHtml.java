package id.infoloker.web.signin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for the form tests: an element's opening tag by id, its attributes, its label. */
public final class FormHtml {

    private FormHtml() {
    }

    /** The opening tag of the element with this id, or null. */
    public static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : null;
    }

    /** The attribute's value in an opening tag; "" for a bare boolean attribute; null when absent. */
    public static String attribute(String tag, String name) {
        if (tag == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "(?:=\"([^\"]*)\")?(?=[\\s>/])").matcher(tag);
        return m.find() ? (m.group(1) == null ? "" : m.group(1)) : null;
    }

    public static boolean hasLabel(String html, String id) {
        return Pattern.compile("<label\\b[^>]*\\sfor=\"" + Pattern.quote(id) + "\"").matcher(html).find();
    }

    /** The text of the element with this id up to its first closing tag (enough for short messages). */
    public static String text(String html, String id) {
        Matcher m = Pattern.compile("<([a-zA-Z]+)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(2).replaceAll("<[^>]+>", "").strip() : null;
    }
}
