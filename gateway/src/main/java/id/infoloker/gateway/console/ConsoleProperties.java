package id.infoloker.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secureCookie whether the session cookies of both doors (console and portal) and {@code XSRF-TOKEN} carry
 *                     {@code Secure}; true everywhere except plain-http local runs (devstack), where a browser would
 *                     otherwise drop them. The name dates from when only the console had cookies.
 */
@ConfigurationProperties("infoloker.console")
public record ConsoleProperties(Boolean secureCookie) {

    public ConsoleProperties {
        secureCookie = secureCookie == null ? Boolean.TRUE : secureCookie;
    }
}
