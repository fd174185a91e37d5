package id.infoloker.kit.openapi;

import id.infoloker.kit.security.Roles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may call an operation, read from the service's own security rules rather than written a second time: a request
 * for the operation's path is put to the filter chain's authorization manager once anonymously and once per role. So
 * the document cannot drift from the rules (the service's authorization matrix test checks the rules themselves).
 */
class AccessRules {

    /** Who may call: nobody signed in ({@code publicOperation}), or the roles of which the caller needs one. */
    record Access(boolean publicOperation, List<String> roles) {

        boolean anyRole() {
            return roles.containsAll(ALL_ROLES);
        }
    }

    static final List<String> ALL_ROLES = roleNames();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}]+}");

    private final FilterChainProxy filterChains;

    AccessRules(FilterChainProxy filterChains) {
        this.filterChains = filterChains;
    }

    Access of(String method, String pathTemplate) {
        String path = TEMPLATE_VARIABLE.matcher(pathTemplate).replaceAll("0");
        Optional<AuthorizationManager<HttpServletRequest>> manager = managerFor(probe(method, path));
        if (manager.isEmpty()) {
            return new Access(true, List.of());
        }
        if (granted(manager.get(), method, path, new AnonymousAuthenticationToken("openapi", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))) {
            return new Access(true, List.of());
        }
        List<String> roles = new ArrayList<>();
        for (String role : ALL_ROLES) {
            if (granted(manager.get(), method, path,
                    new TestingAuthenticationToken("openapi", null, "ROLE_" + role))) {
                roles.add(role);
            }
        }
        return new Access(false, List.copyOf(roles));
    }

    private Optional<AuthorizationManager<HttpServletRequest>> managerFor(HttpServletRequest request) {
        for (SecurityFilterChain chain : filterChains.getFilterChains()) {
            if (chain.matches(request)) {
                return chain.getFilters().stream()
                        .filter(AuthorizationFilter.class::isInstance)
                        .map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static boolean granted(AuthorizationManager<HttpServletRequest> manager, String method, String path,
                                   Authentication caller) {
        AuthorizationResult result = manager.authorize(() -> caller, probe(method, path));
        return result != null && result.isGranted();
    }

    /**
     * A stand-in request with just what request matchers read (method, path, attributes, servlet mapping): the kit
     * has no servlet test library at run time, and the probe must not reach any controller.
     */
    private static HttpServletRequest probe(String method, String path) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletMapping mapping = (HttpServletMapping) Proxy.newProxyInstance(AccessRules.class.getClassLoader(),
                new Class<?>[] {HttpServletMapping.class}, (proxy, invoked, arguments) -> switch (invoked.getName()) {
                    case "getMappingMatch" -> MappingMatch.DEFAULT;
                    case "getPattern" -> "/";
                    case "getMatchValue", "getServletName" -> "";
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(AccessRules.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, invoked, arguments) -> switch (invoked.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI", "getServletPath" -> path;
                    case "getRequestURL" -> new StringBuffer("http://localhost" + path);
                    case "getContextPath" -> "";
                    case "getScheme" -> "http";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 80;
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "getHttpServletMapping" -> mapping;
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    case "removeAttribute" -> attributes.remove((String) arguments[0]);
                    case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                    case "getHeaderNames", "getHeaders", "getParameterNames", "getLocales" ->
                            Collections.emptyEnumeration();
                    case "getParameterMap" -> Map.of();
                    case "isSecure", "isAsyncStarted", "isAsyncSupported", "isUserInRole",
                         "isRequestedSessionIdValid" -> false;
                    case "getContentLength", "getIntHeader", "getLocalPort", "getRemotePort" -> -1;
                    case "getContentLengthLong", "getDateHeader" -> -1L;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "openapi probe " + method + " " + path;
                    default -> null;
                });
    }

    private static List<String> roleNames() {
        List<String> roles = new ArrayList<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("CLAIM")) {
                try {
                    roles.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(roles);
    }
}
