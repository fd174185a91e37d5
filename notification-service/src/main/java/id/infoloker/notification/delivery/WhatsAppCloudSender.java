package id.infoloker.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp through Meta's WhatsApp Business Platform Cloud API ({@code infoloker.sms.provider=whatsapp-cloud}):
 * {@code POST <graph>/<phone-number-id>/messages} with a bearer token and a template message, because a business may
 * only start a conversation with an approved template. The template's body takes two text parameters, the notice's
 * title and its text; WhatsApp refuses parameters containing line breaks, tabs or more than four spaces in a row
 * (error 132018), so the text is folded onto one line.
 *
 * <p>Meta answers most refusals with HTTP 400 and an error code in the body; the throttling and "try again" codes
 * among them are retried, the rest (unknown template, number not on WhatsApp, ...) fail the delivery.
 */
@Component
@ConditionalOnProperty(name = "infoloker.sms.provider", havingValue = "whatsapp-cloud")
class WhatsAppCloudSender implements ChannelSender {

    /** Rate limits (4, 80007, 130429, 131048, 131056), temporary errors (1, 2, 131000, 131016, 133004). */
    static final Set<Integer> TRANSIENT_ERRORS = Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 133004);

    /** A template parameter's text may not exceed this many characters (the template body's limit is 1,024). */
    static final int MAX_PARAMETER = 900;

    private final SmsProperties.WhatsAppCloud properties;
    private final SmsProperties settings;
    private final JsonMapper json;
    private final HttpClient http;

    WhatsAppCloudSender(SmsProperties settings, JsonMapper json) {
        this.settings = settings;
        this.properties = settings.whatsapp();
        this.json = json;
        this.http = ProviderAnswer.client(settings.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        String to = delivery.recipient().replaceAll("[^0-9]", "");
        if (to.length() < 8) {
            throw new PermanentDeliveryException("Not a phone number with a country code");
        }
        Map<String, Object> template = Map.of(
                "name", properties.template(),
                "language", Map.of("policy", "deterministic", "code",
                        properties.languages().getOrDefault(delivery.language(), properties.languages().get("id"))),
                "components", List.of(Map.of("type", "body", "parameters", List.of(
                        text(delivery.subject()), text(delivery.body())))));
        Map<String, Object> message = Map.of(
                "messaging_product", "whatsapp",
                "recipient_type", "individual",
                "to", to,
                "type", "template",
                "template", template);
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/" + properties.phoneNumberId()
                        + "/messages"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + properties.accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        ProviderAnswer.check("WhatsApp Cloud API", response.statusCode(), transientError(response));
        if (!json.readTree(response.body()).path("messages").path(0).hasNonNull("id")) {
            throw new ProviderAnswer.ProviderUnavailableException("WhatsApp Cloud API accepted no message id");
        }
    }

    private boolean transientError(HttpResponse<String> response) {
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            return false;
        }
        try {
            JsonNode error = json.readTree(response.body()).path("error");
            return TRANSIENT_ERRORS.contains(error.path("code").asInt(-1));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** One template parameter: one line, no runs of spaces, within the length WhatsApp accepts. */
    static Map<String, String> text(String value) {
        String oneLine = value == null ? "" : value.strip().replaceAll("\\s*\\R+\\s*", " · ").replaceAll("[\\t ]+", " ");
        if (oneLine.length() > MAX_PARAMETER) {
            oneLine = oneLine.substring(0, MAX_PARAMETER - 1) + "…";
        }
        return Map.of("type", "text", "text", oneLine);
    }
}
