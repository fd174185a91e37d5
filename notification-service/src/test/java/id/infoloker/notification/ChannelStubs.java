package id.infoloker.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real SMTP server (GreenMail) and the SMS/WhatsApp provider (WireMock) every integration test's context talks
 * to. Every integration test class extends this, so the one inherited {@link DynamicPropertySource} keeps a single
 * shared Spring context. Both servers live for the whole test JVM.
 */
abstract class ChannelStubs {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort());
    static final String PROVIDER_TOKEN = "test-provider-token";

    static {
        SMTP.start();
        PROVIDER.start();
        resetProvider();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("infoloker.sms.base-url", PROVIDER::baseUrl);
        properties.add("infoloker.sms.token", () -> PROVIDER_TOKEN);
    }

    /** Only the default answer: the provider accepts every message (for deliveries no test looks at). */
    static void resetProvider() {
        PROVIDER.resetAll();
        PROVIDER.stubFor(post(urlEqualTo("/messages")).atPriority(10).willReturn(ok()));
    }

    /** The e-mails the SMTP server received for {@code address} with {@code subject}. */
    static java.util.List<jakarta.mail.internet.MimeMessage> emailsTo(String address, String subject) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return java.util.Arrays.stream(message.getRecipients(jakarta.mail.Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address)) && subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The first e-mail for {@code address} with {@code subject}, once it has arrived. */
    static jakarta.mail.internet.MimeMessage awaitEmail(String address, String subject) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> emailsTo(address, subject), list -> !list.isEmpty()).get(0);
    }
}
