package id.infoloker.gateway.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cookie sessions per door. The {@code Secure} attribute of every session cookie is {@code infoloker.console.secure-cookie}
 * (one setting for both doors, name kept from when only the console had cookies).
 *
 * @param console the verification console ({@code INFOLOKER_CONSOLE}, {@code INFOLOKER_CONSOLE_REFRESH})
 * @param portal the public portal ({@code INFOLOKER_SESSION}, {@code INFOLOKER_REFRESH})
 */
@ConfigurationProperties("infoloker.session")
public record SessionProperties(Door console, Door portal) {

    public SessionProperties {
        console = console == null ? new Door(null, null) : console;
        portal = portal == null ? new Door(null, null) : portal;
    }

    /**
     * @param idleTimeout life of the refresh cookie, set again at every refresh: a session ends after this long
     *                    without a refresh
     * @param refreshBefore an access token with less life left than this is refreshed before it is forwarded
     */
    public record Door(Duration idleTimeout, Duration refreshBefore) {

        public Door {
            idleTimeout = idleTimeout == null ? Duration.ofMinutes(60) : idleTimeout;
            refreshBefore = refreshBefore == null ? Duration.ofMinutes(5) : refreshBefore;
        }
    }
}
