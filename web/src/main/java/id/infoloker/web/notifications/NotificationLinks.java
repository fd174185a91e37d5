package id.infoloker.web.notifications;

/**
 * Where opening a notification leads. Only a path on this portal is followed ("/lamaran/…"): a link that names
 * another host, or none at all (notifications stored before links existed), leads to the inbox instead, so a
 * notification can never send someone off-site.
 */
final class NotificationLinks {

    static final String INBOX = "/notifikasi";

    private NotificationLinks() {
    }

    static String target(String link) {
        if (link == null || link.isBlank()) {
            return INBOX;
        }
        String path = link.strip();
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl);
        return local ? path : INBOX;
    }
}
