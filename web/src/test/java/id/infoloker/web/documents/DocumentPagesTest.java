package id.infoloker.web.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentPagesTest extends PortalTest {

    static final UUID PERSON = UUID.fromString("5d0c6c4e-8f3a-4f0e-9d6b-2a1b3c4d5e6f");
    static final String LIST = "/api/accounts/me/documents";
    static final String BOUNDARY = "----infolokerTestBoundary7MA4YWxkTrZu0gW";
    /** A JPEG's first bytes (what account-service recognises) followed by some content. */
    static final byte[] JPEG = jpeg(40_000);

    static final String ONE_UPLOADED = """
            [{"id":"0e7c1d5a-6a77-4b8e-b1f0-1a2b3c4d5e6f","type":"IJAZAH","format":"PDF",
              "mediaType":"application/pdf","sizeBytes":358400,"uploadedAt":"2026-09-03T03:15:00Z"}]""";
    static final String KTP_STORED = """
            {"id":"9a8b7c6d-6a77-4b8e-b1f0-1a2b3c4d5e6f","type":"KTP","format":"JPEG","mediaType":"image/jpeg",
             "sizeBytes":40000,"uploadedAt":"2026-09-03T03:20:00Z"}""";
    static final String TOO_LARGE = """
            {"type":"urn:infoloker:problem:document-too-large","title":"Berkas terlalu besar","status":413,
             "detail":"Ukuran dokumen paling besar 2.097.152 byte. Perkecil foto atau pindai dengan resolusi lebih rendah.",
             "code":"document-too-large","maxBytes":2097152}""";
    static final String UNSUPPORTED = """
            {"type":"urn:infoloker:problem:unsupported-document-format","title":"Jenis berkas tidak didukung",
             "status":415,"detail":"Dokumen harus berupa JPEG, PNG, atau PDF. Jenis berkas ditentukan dari isinya, bukan dari nama berkas.",
             "code":"unsupported-document-format","errors":[{"field":"file","code":"unsupported-document-format",
             "message":"Dokumen harus berupa JPEG, PNG, atau PDF."}]}""";
    static final String MISSING = """
            {"type":"urn:infoloker:problem:documents-missing","title":"Dokumen belum lengkap","status":409,
             "detail":"Unggah dulu dokumen berikut sebelum mengirim: KTP, CV, PAS_FOTO.","code":"documents-missing",
             "missingDocumentTypes":["KTP","CV","PAS_FOTO"]}""";

    private final String token = jobSeekerToken(PERSON);

    @BeforeEach
    void documentsSoFar() {
        ACCOUNT.stubFor(get(urlEqualTo(LIST)).willReturn(json(200, ONE_UPLOADED)));
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFirst() {
        HttpResponse<String> answer = open("/dokumen");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/masuk?next=%2Fdokumen");
    }

    @Test
    void everyDocumentHasItsStateAndAnUploadFormThatWorksWithoutJavaScript() {
        HttpResponse<String> page = open("/dokumen", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        String html = page.body();
        for (String type : new String[] {"KTP", "IJAZAH", "CV", "PAS_FOTO"}) {
            assertThat(tag(html, "doc-" + type)).as(type).isNotNull();
            String input = tag(html, "file-" + type);
            assertThat(attribute(input, "type")).isEqualTo("file");
            assertThat(attribute(input, "name")).isEqualTo("file");
            assertThat(attribute(input, "accept")).isEqualTo("image/jpeg,image/png,application/pdf");
            assertThat(html).contains("<label for=\"file-" + type + "\"");
            assertThat(tag(html, "upload-" + type)).startsWith("<button");
            assertThat(attribute(tag(html, "progress-" + type), "hidden")).isNotNull();
        }
        assertThat(attribute(tag(html, "file-KTP"), "capture")).isEqualTo("environment");
        assertThat(attribute(tag(html, "file-PAS_FOTO"), "capture")).isEqualTo("user");
        assertThat(attribute(tag(html, "doc-IJAZAH"), "data-uploaded")).isEqualTo("true");
        assertThat(attribute(tag(html, "doc-KTP"), "data-uploaded")).isEqualTo("false");
        assertThat(text(html, "state-IJAZAH")).isEqualTo("Sudah diunggah · PDF · 350 KB · 3 Sep 2026 10.15 WIB");
        assertThat(text(html, "state-KTP")).isEqualTo("Belum diunggah");
        assertThat(html).contains("enctype=\"multipart/form-data\"").contains("action=\"/dokumen/KTP?_csrf=")
                .contains("name=\"_csrf\"");
        assertThat(tag(html, "kirim")).startsWith("<button");
        assertThat(html).contains("action=\"/dokumen/kirim\"");
    }

    @Test
    void anUploadWithoutJavaScriptReachesAccountServiceWithItsBytesAndName() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/KTP")).willReturn(json(201, KTP_STORED)));

        HttpResponse<String> answer = upload("/dokumen/KTP", "ktp saya.jpg", "image/jpeg", JPEG, true, false);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/dokumen");
        ACCOUNT.verify(postRequestedFor(urlEqualTo(LIST + "/KTP"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"ktp saya.jpg\""))
                        .withHeader("Content-Type", equalTo("image/jpeg"))
                        .withBody(binaryEqualTo(JPEG)).build()));
    }

    @Test
    void aRefusedUploadShowsAccountServicesReasonBesideThatDocument() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/CV")).willReturn(json(413, TOO_LARGE)));

        HttpResponse<String> answer = upload("/dokumen/CV", "cv.pdf", "application/pdf", JPEG, true, false);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(text(answer.body(), "error-CV")).startsWith("Ukuran dokumen paling besar");
        assertThat(attribute(tag(answer.body(), "error-KTP"), "hidden")).isNotNull();
    }

    @Test
    void theScriptsUploadGetsJsonAndUsesTheHeaderToken() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/KTP")).willReturn(json(201, KTP_STORED)));

        HttpResponse<String> answer = upload("/dokumen/KTP", "IMG_2041.jpg", "image/jpeg", JPEG, false, true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"type\":\"KTP\"").contains("\"uploaded\":true")
                .contains("Sudah diunggah · JPEG · 39 KB");
    }

    @Test
    void theScriptsRefusedUploadGetsTheReasonAsJsonWithTheStatus() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/PAS_FOTO")).willReturn(json(415, UNSUPPORTED)));

        HttpResponse<String> answer = upload("/dokumen/PAS_FOTO", "foto.heic", "image/heic",
                "not an image".getBytes(StandardCharsets.UTF_8), false, true);

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("\"type\":\"PAS_FOTO\"").contains("\"uploaded\":false")
                .contains("Dokumen harus berupa JPEG, PNG, atau PDF.");
    }

    @Test
    void noFileChosenIsExplainedWithoutAskingAccountService() {
        HttpResponse<String> answer = upload("/dokumen/IJAZAH", "", "application/octet-stream", new byte[0], true,
                false);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "error-IJAZAH")).isEqualTo("Pilih berkas dulu, lalu tekan Unggah.");
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo(LIST + "/IJAZAH")));
    }

    @Test
    void anUploadAboveThePortalsLimitGetsTheDocumentsPageWith413() {
        byte[] eleven = jpeg(11 * 1024 * 1024);

        // As the page's form sends it: the token in the action URL too, since Tomcat cannot read the body's field.
        HttpResponse<String> answer = upload("/dokumen/KTP?_csrf=" + CSRF, "besar.jpg", "image/jpeg", eleven, true,
                false);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(text(answer.body(), "error-KTP")).contains("lebih dari 10 MB");
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo(LIST + "/KTP")));
    }

    @Test
    void aBrokenMultipartBodyGetsTheDocumentsPageWith400() {
        byte[] truncated = Arrays.copyOf(multipart("ktp.jpg", "image/jpeg", JPEG, true), 20_000);

        HttpResponse<String> answer = send(request("/dokumen/KTP", token, "id")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Cookie", "XSRF-TOKEN=" + CSRF)
                .header("X-XSRF-TOKEN", CSRF)
                .POST(HttpRequest.BodyPublishers.ofByteArray(truncated)).build());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("Berkas tidak terkirim utuh");
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo(LIST + "/KTP")));
    }

    /** Signed in (the gateway's bearer token) does not exempt a form from its CSRF token. */
    @Test
    void anUploadWithoutTheCsrfTokenIsRefusedWithAnHtmlPage() {
        HttpResponse<String> answer = upload("/dokumen/KTP", "ktp.jpg", "image/jpeg", JPEG, false, false);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo(LIST + "/KTP")));
    }

    /** The CSRF filter reads {@code _csrf} from a multipart body (anonymous: passing it leads on to "Masuk"). */
    @Test
    void theCsrfFieldInsideAMultipartFormIsRead() {
        HttpResponse<String> withField = anonymousUpload(multipart("ktp.jpg", "image/jpeg", JPEG, true));
        HttpResponse<String> withoutField = anonymousUpload(multipart("ktp.jpg", "image/jpeg", JPEG, false));

        assertThat(withField.statusCode()).isEqualTo(303);
        assertThat(header(withField, "Location")).startsWith("/masuk");
        assertThat(withoutField.statusCode()).isEqualTo(403);
    }

    /** Tomcat cannot read the field of a body over its limit; the token in the form's action URL still counts. */
    @Test
    void anOversizeOrBrokenUploadIsNotMistakenForAForgery() {
        byte[] oversize = multipart("besar.jpg", "image/jpeg", jpeg(11 * 1024 * 1024), true);
        byte[] truncated = Arrays.copyOf(multipart("ktp.jpg", "image/jpeg", JPEG, true), 20_000);

        for (byte[] body : java.util.List.of(oversize, truncated)) {
            HttpResponse<String> answer = anonymousUpload("/dokumen/KTP?_csrf=" + CSRF, body);

            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(header(answer, "Location")).startsWith("/masuk");
        }
    }

    private HttpResponse<String> anonymousUpload(byte[] body) {
        return anonymousUpload("/dokumen/KTP", body);
    }

    private HttpResponse<String> anonymousUpload(String path, byte[] body) {
        return send(request(path, null, "id")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Cookie", "XSRF-TOKEN=" + CSRF)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void sendingForVerificationGoesToTheStatusPage() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/submit")).willReturn(json(202, """
                {"submission":1,"documentTypes":["KTP","IJAZAH","CV","PAS_FOTO"],"status":"PENDING_VERIFICATION"}""")));

        HttpResponse<String> answer = postForm("/dokumen/kirim", token, java.util.Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/status");
        ACCOUNT.verify(postRequestedFor(urlEqualTo(LIST + "/submit"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void sendingWithDocumentsMissingSaysWhichOnTheSamePage() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/submit")).willReturn(json(409, MISSING)));

        HttpResponse<String> answer = postForm("/dokumen/kirim", token, java.util.Map.of());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(text(answer.body(), "dokumen-error"))
                .isEqualTo("Unggah dulu dokumen berikut sebelum mengirim: KTP, CV, PAS_FOTO.");
    }

    @Test
    void accountServiceDownGivesThe503PageWithRetryAfter() {
        ACCOUNT.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "9")));
        ACCOUNT.stubFor(get(urlEqualTo(LIST)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "9")));

        HttpResponse<String> page = open("/dokumen", token);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(header(page, "Retry-After")).isEqualTo("9");
        assertThat(header(page, "Content-Type")).startsWith("text/html");
    }

    // ---- helpers ----

    private HttpResponse<String> upload(String path, String filename, String contentType, byte[] content,
                                        boolean csrfField, boolean asScript) {
        return upload(path, token, filename, contentType, content, csrfField, asScript);
    }

    private HttpResponse<String> upload(String path, String bearer, String filename, String contentType,
                                        byte[] content, boolean csrfField, boolean asScript) {
        HttpRequest.Builder request = request(path, bearer, "id")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        if (csrfField || asScript) {
            request.header("Cookie", "XSRF-TOKEN=" + CSRF);
        }
        if (asScript) {
            request.header("X-XSRF-TOKEN", CSRF).setHeader("Accept", "application/json");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(
                multipart(filename, contentType, content, csrfField))).build());
    }

    /** The body a browser sends for the page's upload form (the {@code _csrf} field first, as the form has it). */
    static byte[] multipart(String filename, String contentType, byte[] content, boolean csrfField) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrfField) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + CSRF
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    @Test
    void aCompanyIsAskedForItsNibAndNpwpAndNotForAPersonsDocuments() {
        HttpResponse<String> answer = open("/dokumen", token(PERSON, "EMPLOYER"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(tag(answer.body(), "doc-NIB")).isNotNull();
        assertThat(tag(answer.body(), "doc-NPWP")).isNotNull();
        assertThat(tag(answer.body(), "doc-KTP")).isNull();
        assertThat(answer.body()).contains("Unggah NIB dan NPWP perusahaan");
    }

    @Test
    void aCompanysNibUploadReachesAccountServiceButAJobSeekersTypeIsNotOffered() {
        ACCOUNT.stubFor(post(urlEqualTo(LIST + "/NIB")).willReturn(json(201,
                KTP_STORED.replace("\"KTP\"", "\"NIB\""))));
        String employer = token(PERSON, "EMPLOYER");

        HttpResponse<String> nib = upload("/dokumen/NIB", employer, "nib.jpg", "image/jpeg", JPEG, true, false);
        HttpResponse<String> ktp = upload("/dokumen/KTP", employer, "ktp.jpg", "image/jpeg", JPEG, true, false);

        assertThat(nib.statusCode()).isEqualTo(303);
        assertThat(ktp.statusCode()).isEqualTo(404);
        ACCOUNT.verify(postRequestedFor(urlEqualTo(LIST + "/NIB")));
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo(LIST + "/KTP")));
    }
}
