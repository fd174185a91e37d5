package id.infoloker.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two real providers' adapters against WireMock playing each provider as its documentation describes it: the
 * request we must send and the answers we get (success bodies, and the documented error bodies and codes).
 */
class ProviderApisTest {

    private static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String ACCESS_TOKEN = "EAAJB-test-token";
    private static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    private static final String AUTH_TOKEN = "twilio-test-auth-token";

    @BeforeAll
    static void start() {
        PROVIDER.start();
    }

    @AfterAll
    static void stop() {
        PROVIDER.stop();
    }

    @BeforeEach
    void reset() {
        PROVIDER.resetAll();
    }

    // --- WhatsApp Business Platform (Cloud API) --------------------------------------------------------------------

    @Test
    void whatsAppSendsTheApprovedTemplateInThePersonsLanguageWithTheNoticeOnOneLine() throws Exception {
        PROVIDER.stubFor(post(urlEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/messages")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"messaging_product":"whatsapp","contacts":[{"input":"6281234567890","wa_id":"6281234567890"}],
                         "messages":[{"id":"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ1"}]}""")));

        whatsApp().send(delivery("+6281234567890", "en", "Account verified",
                "Hello Dewi,\n\nyour account is verified.\n    Open http://portal/status"));

        PROVIDER.verify(postRequestedFor(urlEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/messages"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"6281234567890",
                         "type":"template",
                         "template":{"name":"infoloker_pemberitahuan",
                                     "language":{"policy":"deterministic","code":"en_US"},
                                     "components":[{"type":"body","parameters":[
                                        {"type":"text","text":"Account verified"},
                                        {"type":"text","text":"Hello Dewi, · your account is verified. · Open http://portal/status"}]}]}}""")));
    }

    @Test
    void whatsAppRefusingTheMessageFailsTheDeliveryWithoutRetrying() {
        // 131026: message undeliverable (e.g. the number has no WhatsApp account).
        PROVIDER.stubFor(post(urlEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/messages")).willReturn(metaError(400, 131026,
                "Message undeliverable")));

        assertThatThrownBy(() -> whatsApp().send(delivery("+6281234567890", "id", "Akun terverifikasi", "Halo")))
                .isInstanceOf(PermanentDeliveryException.class).hasMessageContaining("HTTP 400");
    }

    @Test
    void whatsAppThrottlingAnsweredWith400IsRetriedNotFailed() {
        // Meta reports rate limits with HTTP 400 too: 130429 (throughput) and 131056 (pair rate limit).
        PROVIDER.stubFor(post(urlEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/messages")).willReturn(metaError(400, 130429,
                "Rate limit hit")));

        assertThatThrownBy(() -> whatsApp().send(delivery("+6281234567890", "id", "Akun terverifikasi", "Halo")))
                .isInstanceOf(ProviderAnswer.ProviderUnavailableException.class);
    }

    @Test
    void whatsAppWithAnExpiredTokenKeepsTheMessageForARetry() {
        PROVIDER.stubFor(post(urlEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/messages")).willReturn(metaError(401, 190,
                "Error validating access token: Session has expired")));

        assertThatThrownBy(() -> whatsApp().send(delivery("+6281234567890", "id", "Akun terverifikasi", "Halo")))
                .isInstanceOf(ProviderAnswer.ProviderUnavailableException.class);
    }

    @Test
    void aWhatsAppParameterNeverCarriesLineBreaksTabsOrLongRunsOfSpaces() {
        String text = WhatsAppCloudSender.text("a\r\n\tb      c\n\n\nd").get("text");
        assertThat(text).isEqualTo("a · b c · d").doesNotContain("\n", "\t", "     ");
        assertThat(WhatsAppCloudSender.text("x".repeat(2000)).get("text")).hasSize(WhatsAppCloudSender.MAX_PARAMETER);
    }

    // --- Twilio Programmable Messaging ----------------------------------------------------------------------------

    @Test
    void twilioCreatesAMessageWithBasicAuthAndAFormEncodedBody() throws Exception {
        String path = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
        PROVIDER.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"account_sid":"%s","api_version":"2010-04-01","body":"Akun terverifikasi","direction":"outbound-api",
                         "from":"+15017122661","num_segments":"1","sid":"SM1f0e8ae6ade43cb3c0ce4525424e404f",
                         "status":"queued","to":"+6281234567890","uri":"/2010-04-01/Accounts/%s/Messages/SM1f0e.json"}"""
                        .formatted(ACCOUNT_SID, ACCOUNT_SID))));

        twilio().send(delivery("+6281234567890", "id", "Akun terverifikasi", "Halo Siti & teman"));

        String basic = Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        PROVIDER.verify(postRequestedFor(urlEqualTo(path))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("To", equalTo("+6281234567890"))
                .withFormParam("From", equalTo("+15017122661"))
                .withFormParam("Body", equalTo("Akun terverifikasi\nHalo Siti & teman")));
    }

    @Test
    void twilioRefusingTheNumberFailsTheDeliveryAndThrottlingIsRetried() {
        String path = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
        PROVIDER.stubFor(post(urlEqualTo(path)).willReturn(twilioError(400, 21211,
                "Invalid 'To' Phone Number: +6281234567890")));
        assertThatThrownBy(() -> twilio().send(delivery("+6281234567890", "id", "Akun", "Halo")))
                .isInstanceOf(PermanentDeliveryException.class);

        PROVIDER.stubFor(post(urlEqualTo(path)).willReturn(twilioError(429, 20429, "Too Many Requests")));
        assertThatThrownBy(() -> twilio().send(delivery("+6281234567890", "id", "Akun", "Halo")))
                .isInstanceOf(ProviderAnswer.ProviderUnavailableException.class);
    }

    @Test
    void twilioIsNotCalledForANumberThatIsNotE164() {
        assertThatThrownBy(() -> twilio().send(delivery("081234567890", "id", "Akun", "Halo")))
                .isInstanceOf(PermanentDeliveryException.class);
        assertThat(PROVIDER.getAllServeEvents()).isEmpty();
    }

    @Test
    void secretsNeverAppearInTheSettingsPrintout() {
        assertThat(settings().toString()).contains(PHONE_NUMBER_ID).doesNotContain(ACCESS_TOKEN, AUTH_TOKEN,
                "generic-secret");
    }

    private static WhatsAppCloudSender whatsApp() {
        return new WhatsAppCloudSender(settings(), JSON);
    }

    private static TwilioSmsSender twilio() {
        return new TwilioSmsSender(settings(), JSON);
    }

    private static SmsProperties settings() {
        return new SmsProperties("whatsapp-cloud", null, "generic-secret", Duration.ofSeconds(2), null,
                new SmsProperties.WhatsAppCloud(PROVIDER.baseUrl() + "/v23.0", PHONE_NUMBER_ID, ACCESS_TOKEN, null,
                        Map.of("id", "id", "en", "en_US")),
                new SmsProperties.Twilio(PROVIDER.baseUrl(), ACCOUNT_SID, AUTH_TOKEN, "+15017122661", null));
    }

    private static Delivery delivery(String phone, String language, String subject, String body) {
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), Channel.SMS, phone, UUID.randomUUID(), "VERIFIED",
                language, subject, body, DeliveryStatus.PENDING, 0, null, Instant.now(), null);
    }

    /** Graph API error body, as documented for the Cloud API. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder metaError(int status, int code,
                                                                                              String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"error":{"message":"(#%d) %s","type":"OAuthException","code":%d,
                          "error_data":{"messaging_product":"whatsapp","details":"%s"},"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}"""
                .formatted(code, message, code, message));
    }

    /** Twilio REST error body, as documented. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder twilioError(int status, int code,
                                                                                                String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"code":%d,"message":"%s","more_info":"https://www.twilio.com/docs/errors/%d","status":%d}"""
                .formatted(code, message, code, status));
    }
}
