package id.infoloker.account.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first staff accounts, from configuration (a Kubernetes Secret in production). Later staff are created by an
 * ADMIN. Either entry may be left out.
 */
@ConfigurationProperties("infoloker.staff")
public record StaffProperties(Member admin, Member verifier) {

    /** @param name display name; defaults to the role's name in Bahasa Indonesia */
    public record Member(String email, String password, String name) {

        boolean isConfigured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }

        @Override
        public String toString() {
            return "Member[email=" + email + ", password=<hidden>]";
        }
    }
}
