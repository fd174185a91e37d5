package id.infoloker.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS/WhatsApp provider's HTTP API: {@code POST <baseUrl>/messages} with a bearer token.
 *
 * @param baseUrl e.g. https://api.provider.example/v1
 * @param token   secret; never logged
 * @param timeout for connecting and for the whole call: a hanging provider costs at most this per attempt
 * @param channel what the provider should send: WHATSAPP or SMS
 */
@ConfigurationProperties("infoloker.sms")
public record SmsProperties(String baseUrl, String token, Duration timeout, String channel) {

    public SmsProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8099" : baseUrl.replaceAll("/+$", "");
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        channel = channel == null || channel.isBlank() ? "WHATSAPP" : channel;
    }

    @Override
    public String toString() {
        return "SmsProperties[baseUrl=" + baseUrl + ", timeout=" + timeout + ", channel=" + channel + "]";
    }
}
