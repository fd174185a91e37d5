package id.infoloker.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic SMS/WhatsApp adapter, for self-hosted gateways ({@code infoloker.sms.provider=generic}, the default): {@code POST <base-url>/messages} with
 * {@code {"to","channel","text","reference"}}, a bearer token and an {@code Idempotency-Key} (the delivery id, so a
 * provider that dedupes does not send twice if we resend after a crash). 2xx = accepted; 4xx other than 408/429 =
 * permanent; everything else (5xx, timeouts, connection errors) may be retried.
 */
@Component
@ConditionalOnProperty(name = "infoloker.sms.provider", havingValue = "generic", matchIfMissing = true)
class SmsSender implements ChannelSender {

    private final SmsProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    SmsSender(SmsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = ProviderAnswer.client(properties.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("to", delivery.recipient());
        payload.put("channel", properties.channel());
        payload.put("text", delivery.subject() + "\n" + delivery.body());
        payload.put("reference", delivery.id().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/messages"))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", delivery.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)));
        if (properties.token() != null && !properties.token().isBlank()) {
            request.header("Authorization", "Bearer " + properties.token());
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        ProviderAnswer.check("Provider", response.statusCode(), false);
    }
}
