package id.infoloker.notification.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through Twilio's Programmable Messaging API ({@code infoloker.sms.provider=twilio}):
 * {@code POST <api>/2010-04-01/Accounts/<AccountSid>/Messages.json}, form-encoded {@code To}, {@code From} (or
 * {@code MessagingServiceSid}) and {@code Body}, HTTP Basic with the account SID and auth token. 201 with a message
 * {@code sid} is accepted; a 400 (invalid or unreachable number, code 21211, 21614, ...) is about this message;
 * 429 (code 20429) and 5xx are retried. {@code To} is E.164, as account-service stores phone numbers.
 */
@Component
@ConditionalOnProperty(name = "infoloker.sms.provider", havingValue = "twilio")
class TwilioSmsSender implements ChannelSender {

    private final SmsProperties settings;
    private final SmsProperties.Twilio properties;
    private final JsonMapper json;
    private final HttpClient http;

    TwilioSmsSender(SmsProperties settings, JsonMapper json) {
        this.settings = settings;
        this.properties = settings.twilio();
        this.json = json;
        this.http = ProviderAnswer.client(settings.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        if (!delivery.recipient().matches("\\+[1-9][0-9]{7,14}")) {
            throw new PermanentDeliveryException("Not an E.164 phone number");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", delivery.recipient());
        if (properties.messagingServiceSid() != null && !properties.messagingServiceSid().isBlank()) {
            form.put("MessagingServiceSid", properties.messagingServiceSid());
        } else {
            form.put("From", properties.from());
        }
        form.put("Body", delivery.subject() + "\n" + delivery.body());
        String credentials = Base64.getEncoder().encodeToString(
                (properties.accountSid() + ":" + properties.authToken()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/2010-04-01/Accounts/"
                        + properties.accountSid() + "/Messages.json"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        ProviderAnswer.check("Twilio", response.statusCode(), false);
        if (!json.readTree(response.body()).hasNonNull("sid")) {
            throw new ProviderAnswer.ProviderUnavailableException("Twilio accepted no message sid");
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
