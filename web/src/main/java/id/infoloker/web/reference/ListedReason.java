package id.infoloker.web.reference;

/**
 * A reason from one of vacancy-service's lists (a rejection's, a report's), with its label in both languages: the
 * service owns the list, so a new reason needs no change in web.
 */
public record ListedReason(String code, String labelId, String labelEn) {

    public String label(String language) {
        return "en".equals(language) && labelEn != null ? labelEn : labelId != null ? labelId : code;
    }
}
