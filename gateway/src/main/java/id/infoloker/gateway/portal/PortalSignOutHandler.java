package id.infoloker.gateway.portal;

import id.infoloker.gateway.requestid.RequestIdFilter;
import id.infoloker.gateway.session.AccountTokenClient;
import id.infoloker.gateway.session.SessionCookies;
import id.infoloker.gateway.session.SessionDoor;
import id.infoloker.gateway.session.SessionDoors;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /keluar}: the portal's sign-out, answered by the gateway because only the gateway holds the refresh
 * token. The CSRF token (form field {@code _csrf} or header {@code X-XSRF-TOKEN}) is checked by Spring Security
 * before this runs. Other methods on {@code /keluar} go to web like any portal page.
 */
@Configuration(proxyBeanMethods = false)
class PortalSignOutHandler {

    private final AccountTokenClient account;
    private final SessionDoors doors;
    private final SessionCookies cookies;
    private final ServerCsrfTokenRepository csrfTokens;

    PortalSignOutHandler(AccountTokenClient account, SessionDoors doors, SessionCookies cookies,
                         ServerCsrfTokenRepository csrfTokens) {
        this.account = account;
        this.doors = doors;
        this.cookies = cookies;
        this.csrfTokens = csrfTokens;
    }

    @Bean
    RouterFunction<ServerResponse> portalSignOut() {
        return RouterFunctions.route().POST(PortalPaths.SIGN_OUT, this::signOut).build();
    }

    private Mono<ServerResponse> signOut(ServerRequest request) {
        SessionDoor portal = doors.portal();
        String requestId = request.exchange().getAttribute(RequestIdFilter.ATTRIBUTE);
        String refreshToken = SessionCookies.refreshTokenIn(request.exchange().getRequest(), portal);
        // The CSRF token is dropped too: web makes a new one on the next page.
        return account.revoke(refreshToken, requestId)
                .then(csrfTokens.saveToken(request.exchange(), null))
                .then(ServerResponse.seeOther(URI.create(PortalPaths.HOME))
                        .cookies(target -> SessionCookies.put(target, cookies.ended(portal)))
                        .build());
    }
}
