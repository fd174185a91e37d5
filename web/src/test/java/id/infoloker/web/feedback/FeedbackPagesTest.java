package id.infoloker.web.feedback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackPagesTest extends PortalTest {

    @BeforeEach
    void serviceAccepts() {
        VERIFICATION.stubFor(post(urlEqualTo("/api/feedback")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"NEW\"}")));
    }

    @Test
    void everyPageLinksToTheFeedbackFormNamingItself() {
        HttpResponse<String> home = open("/");

        assertThat(home.body()).contains("id=\"masukan-link\"", "href=\"/masukan?dari=/\"");
        HttpResponse<String> form = open("/masukan?dari=/lowongan/123");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"dari\" value=\"/lowongan/123\"", "name=\"category\"",
                "tidak dapat membalasnya");
    }

    @Test
    void anAnonymousVisitorsFeedbackReachesTheServiceWithoutAToken() {
        HttpResponse<String> sent = postForm("/masukan", null, fields("PROBLEM", "Foto KTP gagal diunggah",
                "/dokumen"));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("id=\"masukan-terkirim\"", "akan dibaca petugas");
        VERIFICATION.verify(postRequestedFor(urlEqualTo("/api/feedback"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"category":"PROBLEM","page":"/dokumen","text":"Foto KTP gagal diunggah"}""")));
    }

    @Test
    void aSignedInPersonsFeedbackCarriesTheirTokenAndPromisesAReply() {
        String token = jobSeekerToken(UUID.randomUUID());

        HttpResponse<String> sent = postForm("/masukan", token, fields("SUGGESTION", "Tambah filter", "/"));

        assertThat(sent.body()).contains("muncul di notifikasi Anda");
        VERIFICATION.verify(postRequestedFor(urlEqualTo("/api/feedback"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aMissingChoiceOrTextIsSaidOnTheFormAndNothingIsSent() {
        HttpResponse<String> noCategory = postForm("/masukan", null, fields("", "Ada masalah", "/"));
        HttpResponse<String> noText = postForm("/masukan", null, fields("QUESTION", "   ", "/"));

        assertThat(noCategory.statusCode()).isEqualTo(400);
        assertThat(noCategory.body()).contains("Pilih jenis masukan.", "Ada masalah");
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("Tuliskan masukan Anda.");
        VERIFICATION.verify(0, postRequestedFor(urlEqualTo("/api/feedback")));
    }

    @Test
    void anotherSitesAddressIsNotKeptAsTheSourcePage() {
        postForm("/masukan", null, fields("PROBLEM", "Ada masalah", "//calo.example/x"));

        VERIFICATION.verify(postRequestedFor(urlEqualTo("/api/feedback"))
                .withRequestBody(equalToJson("{\"category\":\"PROBLEM\",\"text\":\"Ada masalah\"}")));
    }

    @Test
    void aRefusalByTheServiceIsShownOnTheForm() {
        VERIFICATION.stubFor(post(urlEqualTo("/api/feedback")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"status":400,"code":"invalid-input","detail":"Periksa isian.",
                         "errors":[{"field":"text","code":"Size","message":"Paling banyak 2000 karakter."}]}""")));

        HttpResponse<String> refused = postForm("/masukan", null, fields("PROBLEM", "x", "/"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Paling banyak 2000 karakter.").doesNotContain("Exception");
    }

    private static Map<String, String> fields(String category, String text, String from) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", category);
        fields.put("text", text);
        fields.put("dari", from);
        return fields;
    }
}
