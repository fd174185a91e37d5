package id.infoloker.web.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationPagesTest extends PortalTest {

    private final UUID person = UUID.randomUUID();
    private final String token = jobSeekerToken(person);
    private final UUID application = UUID.randomUUID();
    private final UUID statusChanged = UUID.randomUUID();
    private final UUID verified = UUID.randomUUID();
    private final UUID old = UUID.randomUUID();
    private final UUID offSite = UUID.randomUUID();

    @Test
    void theInboxListsEachNotificationWithItsLinkAndAMarkReadFormWhileUnread() {
        stubInbox();

        HttpResponse<String> page = open("/notifikasi", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("class=\"card notification unread\"", "class=\"card notification\"",
                "Status lamaran Anda: Wawancara", "kini berstatus: Wawancara",
                "class=\"notification-link\" href=\"/notifikasi/" + statusChanged + "/buka\"",
                "action=\"/notifikasi/" + statusChanged + "/dibaca\"", "Tandai sudah dibaca",
                "name=\"_csrf\"", "3 Desember 2026, 11:00 WIB", "2 belum dibaca")
                .doesNotContain("action=\"/notifikasi/" + verified + "/dibaca\"");
        assertThat(open("/notifikasi", token, "en").body()).contains("Mark as read", "2 unread");
    }

    @Test
    void markingReadGoesToTheServiceAndBackToTheInbox() {
        NOTIFICATION.stubFor(post(urlEqualTo("/api/notifications/" + statusChanged + "/read"))
                .willReturn(aResponse().withStatus(204)));

        HttpResponse<String> answer = postForm("/notifikasi/" + statusChanged + "/dibaca", token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/notifikasi");
        NOTIFICATION.verify(postRequestedFor(urlEqualTo("/api/notifications/" + statusChanged + "/read"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsPage() {
        stubInbox();
        NOTIFICATION.stubFor(post(urlPathEqualTo("/api/notifications/" + statusChanged + "/read"))
                .willReturn(aResponse().withStatus(204)));

        HttpResponse<String> answer = open("/notifikasi/" + statusChanged + "/buka", token);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/lamaran/" + application);
        NOTIFICATION.verify(postRequestedFor(urlEqualTo("/api/notifications/" + statusChanged + "/read")));
    }

    @Test
    void aNotificationWithoutALinkOrWithAnOffSiteOneOpensTheInbox() {
        stubInbox();
        NOTIFICATION.stubFor(post(urlPathEqualTo("/api/notifications/" + old + "/read"))
                .willReturn(aResponse().withStatus(204)));
        NOTIFICATION.stubFor(post(urlPathEqualTo("/api/notifications/" + offSite + "/read"))
                .willReturn(aResponse().withStatus(204)));

        assertThat(header(open("/notifikasi/" + old + "/buka", token), "Location")).isEqualTo("/notifikasi");
        assertThat(header(open("/notifikasi/" + offSite + "/buka", token), "Location")).isEqualTo("/notifikasi");
    }

    @Test
    void someoneElsesNotificationIsNotFound() {
        NOTIFICATION.stubFor(post(urlPathEqualTo("/api/notifications/" + old + "/read")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"notification-not-found\",\"title\":\"Tidak ditemukan\"}")));

        HttpResponse<String> answer = postForm("/notifikasi/" + old + "/dibaca", token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> page = open("/notifikasi");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(header(page, "Location")).isEqualTo("/masuk?next=%2Fnotifikasi");
    }

    @Test
    void notificationServiceDownIsThe503Page() {
        NOTIFICATION.stubFor(get(urlPathEqualTo("/api/notifications/me")).willReturn(aResponse().withStatus(500)));

        HttpResponse<String> page = open("/notifikasi", token);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(header(page, "Retry-After")).isNotBlank();
        assertThat(page.body()).contains("Layanan sedang sibuk");
    }

    private void stubInbox() {
        NOTIFICATION.stubFor(get(urlPathEqualTo("/api/notifications/me")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"unread":2,"items":[
                          {"id":"%s","title":"Status lamaran Anda: Wawancara",
                           "body":"Halo Siti, lamaran Anda untuk \\"Operator\\" kini berstatus: Wawancara.",
                           "link":"/lamaran/%s","createdAt":"2026-12-03T04:00:00Z","read":false},
                          {"id":"%s","title":"Akun Anda sudah diverifikasi","body":"Selamat, Siti!",
                           "link":"/status","createdAt":"2026-12-02T04:00:00Z","read":true},
                          {"id":"%s","title":"Pendaftaran diterima","body":"Halo Siti",
                           "link":null,"createdAt":"2026-12-01T04:00:00Z","read":false},
                          {"id":"%s","title":"Aneh","body":"Tautan ke luar","link":"//evil.example/x",
                           "createdAt":"2026-12-01T03:00:00Z","read":true}]}
                        """.formatted(statusChanged, application, verified, old, offSite))));
    }
}
