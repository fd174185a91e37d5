package id.infoloker.kit.security;

/** Role names as they appear in the token's {@code roles} claim; Spring Security sees them as {@code ROLE_<name>}. */
public final class Roles {

    public static final String JOB_SEEKER = "JOB_SEEKER";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String VERIFIER = "VERIFIER";
    public static final String ADMIN = "ADMIN";

    /** The claim holding the roles. */
    public static final String CLAIM = "roles";

    private Roles() {
    }
}
