package id.infoloker.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secureCookie whether the console's cookies carry {@code Secure}; true everywhere except plain-http local runs
 *                     (devstack), where a browser would otherwise drop them
 */
@ConfigurationProperties("infoloker.console")
public record ConsoleProperties(Boolean secureCookie) {

    public ConsoleProperties {
        secureCookie = secureCookie == null ? Boolean.TRUE : secureCookie;
    }
}
