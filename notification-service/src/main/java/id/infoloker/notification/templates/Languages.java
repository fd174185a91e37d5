package id.infoloker.notification.templates;

import java.util.Locale;

/** English if the person chose it, otherwise Bahasa Indonesia (the portal's first language). */
public final class Languages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    public static Locale of(String preferredLanguage) {
        if (preferredLanguage != null
                && Locale.forLanguageTag(preferredLanguage.strip()).getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return Locale.ENGLISH;
        }
        return INDONESIAN;
    }

    private Languages() {
    }
}
