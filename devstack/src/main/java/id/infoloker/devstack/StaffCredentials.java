package id.infoloker.devstack;

/**
 * The first staff accounts account-service creates from configuration. Fixed development passwords: the devstack only
 * listens on this machine and its data is wiped on every start.
 */
public record StaffCredentials(String adminEmail, String adminPassword, String verifierEmail,
                               String verifierPassword) {

    public static StaffCredentials defaults() {
        return new StaffCredentials("admin@infoloker.local", "Devstack-Admin-2026",
                "verifier@infoloker.local", "Devstack-Verifier-2026");
    }
}
