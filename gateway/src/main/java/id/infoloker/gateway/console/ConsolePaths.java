package id.infoloker.gateway.console;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Which paths belong to the verification console and which of them the gateway answers itself. */
public final class ConsolePaths {

    public static final String LOGIN = "/console/login";
    public static final String LOGOUT = "/console/logout";
    public static final String LOGIN_CSS = "/console/login.css";
    public static final String HOME = "/console";

    /** Console pages (verification-service) and the API the console calls. */
    private static final PathPattern[] COOKIE_AUTHENTICATED = {
        PathPatternParser.defaultInstance.parse("/console/**"),
        PathPatternParser.defaultInstance.parse("/api/verification/**")
    };
    private static final PathPattern CONSOLE = PathPatternParser.defaultInstance.parse("/console/**");
    /**
     * Public console paths: the gateway's own login/logout and static assets. The cookie is not turned into a token
     * there, so an expired cookie cannot lock anybody out of the login page or of signing out.
     */
    private static final PathPattern[] PUBLIC = {
        PathPatternParser.defaultInstance.parse(LOGIN),
        PathPatternParser.defaultInstance.parse(LOGOUT),
        PathPatternParser.defaultInstance.parse(LOGIN_CSS),
        PathPatternParser.defaultInstance.parse("/console/assets/**"),
        PathPatternParser.defaultInstance.parse("/console/css/**"),
        PathPatternParser.defaultInstance.parse("/console/js/**"),
        PathPatternParser.defaultInstance.parse("/console/webjars/**"),
        PathPatternParser.defaultInstance.parse("/console/favicon.ico")
    };

    private ConsolePaths() {
    }

    public static boolean isConsole(String path) {
        return CONSOLE.matches(PathContainer.parsePath(path));
    }

    /** Paths where the console cookie stands for a bearer token. */
    public static boolean acceptsCookie(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (PathPattern pattern : PUBLIC) {
            if (pattern.matches(container)) {
                return false;
            }
        }
        for (PathPattern pattern : COOKIE_AUTHENTICATED) {
            if (pattern.matches(container)) {
                return true;
            }
        }
        return false;
    }

    /** The gateway's own console forms, which take their CSRF token from the {@code _csrf} form field. */
    static boolean isGatewayForm(String path) {
        return LOGIN.equals(path) || LOGOUT.equals(path);
    }
}
