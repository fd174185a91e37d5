package id.infoloker.gateway.session;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What to do with a request that carries a door's cookies.
 *
 * @param bearer the access token to forward as {@code Authorization: Bearer}, or null to forward anonymously
 * @param renewedAccess a refreshed access token to set as cookie, or null
 * @param renewedRefresh the refresh token that came with it, or null
 * @param sessionEnded whether the session is over (both cookies cleared)
 */
record SessionResolution(String bearer, Jwt renewedAccess, String renewedRefresh, boolean sessionEnded) {

    /** Forward with this token; the cookies stay as they are. */
    static SessionResolution keep(String bearer) {
        return new SessionResolution(bearer, null, null, false);
    }

    /** Forward without a token but keep the cookies (the session could not be checked or refreshed just now). */
    static SessionResolution anonymousForNow() {
        return new SessionResolution(null, null, null, false);
    }

    static SessionResolution renewed(Jwt access, String refreshToken) {
        return new SessionResolution(access.getTokenValue(), access, refreshToken, false);
    }

    /** Forward without a token and clear both cookies. */
    static SessionResolution ended() {
        return new SessionResolution(null, null, null, true);
    }
}
