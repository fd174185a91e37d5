package id.infoloker.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;

/**
 * Authorizes a HEAD request exactly as the GET of the same path.
 *
 * <p>HTTP answers HEAD as GET without the body (RFC 9110, 9.3.2), and Spring MVC serves HEAD from every GET mapping.
 * Spring Security's method matchers, though, take HEAD as a method of its own. So a rule written for GET alone left
 * HEAD to the kit's final "any valid token": a verifier's HEAD of the admins' review queue ran its handler (200 where
 * GET is 403), and an anonymous HEAD of a public vacancy got 401. With this, every service's GET rules hold for HEAD,
 * and no service has to remember to write them twice.
 */
final class HeadAuthorizedAsGet implements AuthorizationManager<HttpServletRequest> {

    /** Wraps the manager built from all of a chain's rules, and nothing else the configurer post-processes. */
    static final ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> FOR_ALL_RULES = new ForAllRules();

    private final AuthorizationManager<HttpServletRequest> rules;

    HeadAuthorizedAsGet(AuthorizationManager<HttpServletRequest> rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         HttpServletRequest request) {
        boolean head = HttpMethod.HEAD.matches(request.getMethod());
        return rules.authorize(authentication, head ? new AsGet(request) : request);
    }

    private static final class ForAllRules implements ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> {

        @Override
        public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O manager) {
            if (!(manager instanceof RequestMatcherDelegatingAuthorizationManager)) {
                return manager;
            }
            @SuppressWarnings("unchecked")
            O wrapped = (O) new HeadAuthorizedAsGet(manager);
            return wrapped;
        }
    }

    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest head) {
            super(head);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.name();
        }
    }
}
