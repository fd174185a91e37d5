package id.infoloker.notification.templates;

import java.util.UUID;

/**
 * The portal's pages a notification is about, as paths relative to the portal (the same URL scheme the templates'
 * texts use after {@code portal.baseUrl}). Relative so that the portal, not this service, decides its own host.
 */
public final class PortalLinks {

    /** Where people see where their verification stands. */
    public static final String STATUS = "/status";

    private PortalLinks() {
    }

    /** A job seeker's own application. */
    public static String application(UUID applicationId) {
        return "/lamaran/" + applicationId;
    }

    /** An application as the employer who received it sees it. */
    public static String employerApplication(UUID applicationId) {
        return "/perusahaan/lamaran/" + applicationId;
    }

    /** A vacancy as its employer manages it. */
    public static String employerVacancy(UUID vacancyId) {
        return "/perusahaan/lowongan/" + vacancyId;
    }

    public static String vacancy(UUID vacancyId) {
        return "/lowongan/" + vacancyId;
    }
}
