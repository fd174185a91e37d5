package id.infoloker.notification.delivery;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How SMS/WhatsApp deliveries leave: through one provider, chosen by {@code provider}.
 * <ul>
 *   <li>{@code generic} — a self-hosted gateway: {@code POST <baseUrl>/messages} with a bearer token
 *       ({@link SmsSender});</li>
 *   <li>{@code whatsapp-cloud} — Meta's WhatsApp Business Platform Cloud API, template messages
 *       ({@link WhatsAppCloudSender});</li>
 *   <li>{@code twilio} — Twilio's Programmable Messaging API, plain SMS ({@link TwilioSmsSender}).</li>
 * </ul>
 *
 * @param provider which adapter sends
 * @param baseUrl  the generic gateway, e.g. https://sms.pemda.example/v1
 * @param token    the generic gateway's bearer token; secret, never logged
 * @param timeout  for connecting and for the whole call, whatever the provider: a hanging provider costs at most this
 * @param channel  what the generic gateway should send: WHATSAPP or SMS
 */
@ConfigurationProperties("infoloker.sms")
public record SmsProperties(String provider, String baseUrl, String token, Duration timeout, String channel,
                            WhatsAppCloud whatsapp, Twilio twilio) {

    public SmsProperties {
        provider = provider == null || provider.isBlank() ? "generic" : provider;
        baseUrl = trimmed(baseUrl, "http://localhost:8099");
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        channel = channel == null || channel.isBlank() ? "WHATSAPP" : channel;
        whatsapp = whatsapp == null ? new WhatsAppCloud(null, null, null, null, null) : whatsapp;
        twilio = twilio == null ? new Twilio(null, null, null, null, null) : twilio;
    }

    /**
     * WhatsApp Business Platform (Cloud API). Outside a 24-hour customer-service window WhatsApp delivers only
     * pre-approved templates, so every notice is sent as one UTILITY template whose body is {@code {{1}}} (title) and
     * {@code {{2}}} (text), approved once per language.
     *
     * @param baseUrl       the Graph API with its version, e.g. https://graph.facebook.com/v23.0
     * @param phoneNumberId the sending business phone number's id
     * @param accessToken   a system user's token; secret, never logged
     * @param template      the approved template's name
     * @param languages     our language (id, en) → the template's language code in WhatsApp Manager
     */
    public record WhatsAppCloud(String baseUrl, String phoneNumberId, String accessToken, String template,
                                Map<String, String> languages) {

        public WhatsAppCloud {
            baseUrl = trimmed(baseUrl, "https://graph.facebook.com/v23.0");
            template = template == null || template.isBlank() ? "infoloker_pemberitahuan" : template;
            languages = languages == null || languages.isEmpty() ? Map.of("id", "id", "en", "en") : Map.copyOf(languages);
        }

        @Override
        public String toString() {
            return "WhatsAppCloud[baseUrl=" + baseUrl + ", phoneNumberId=" + phoneNumberId + ", template=" + template + "]";
        }
    }

    /**
     * Twilio Programmable Messaging: {@code POST <baseUrl>/2010-04-01/Accounts/<accountSid>/Messages.json}.
     *
     * @param baseUrl             https://api.twilio.com
     * @param accountSid          the account (HTTP Basic user)
     * @param authToken           secret (HTTP Basic password), never logged
     * @param from                the sending number or alphanumeric sender id
     * @param messagingServiceSid used instead of {@code from} when set (Twilio picks the sender)
     */
    public record Twilio(String baseUrl, String accountSid, String authToken, String from, String messagingServiceSid) {

        public Twilio {
            baseUrl = trimmed(baseUrl, "https://api.twilio.com");
        }

        @Override
        public String toString() {
            return "Twilio[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", from=" + from + "]";
        }
    }

    private static String trimmed(String url, String otherwise) {
        return url == null || url.isBlank() ? otherwise : url.replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return "SmsProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", timeout=" + timeout + ", channel="
                + channel + ", whatsapp=" + whatsapp + ", twilio=" + twilio + "]";
    }
}
