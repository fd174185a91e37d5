package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** JSON answers above 1 KB leave the gateway gzip-compressed for clients that accept it, and only for them. */
class CompressionTest extends GatewayIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLargeJsonListIsGzippedForAClientThatAcceptsIt() throws Exception {
        String list = vacancies(40);
        backends.vacancy.server().stubFor(get("/api/vacancies").willReturn(okJson(list)));

        HttpResponse<byte[]> answer = fetch("/api/vacancies", "gzip");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(answer.body().length).isLessThan(list.length() / 4);
        assertThat(gunzip(answer.body())).isEqualTo(list);
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsThePlainBody() throws Exception {
        String list = vacancies(40);
        backends.vacancy.server().stubFor(get("/api/vacancies").willReturn(okJson(list)));

        HttpResponse<byte[]> answer = fetch("/api/vacancies", null);

        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(list);
    }

    private HttpResponse<byte[]> fetch(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String vacancies(int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id":"00000000-0000-0000-0000-%012d","title":"Operator Produksi","companyName":"PT Maju Jaya",\
                    "kecamatanName":"Karawang Barat","employmentType":"PKWT","salaryMin":4500000}""".formatted(i));
        }
        return "{\"items\":[" + items + "],\"nextCursor\":null,\"order\":\"NEWEST\"}";
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
