package id.infoloker.benchmarks.surge;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Plain HTTP calls through the gateway for everything that is not the measured surge itself: preparing claimable
 * cases (register, log in, upload the four documents, submit, as e2e-tests' Documents does) and the verifier's loop.
 */
final class Gateway {

    static final List<String> DOCUMENT_TYPES = List.of("KTP", "IJAZAH", "CV", "PAS_FOTO");

    record Response(int status, String body) {
        String field(String name) {
            Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("no " + name + " in " + status + " " + body);
            }
            return matcher.group(1);
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(String base) {
        this.base = base;
    }

    Response post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    String login(String username, String password) throws IOException, InterruptedException {
        Response response = post("/api/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}", null);
        if (response.status() != 200) {
            throw new IllegalStateException("login answered " + response.status() + " " + response.body());
        }
        return response.field("accessToken");
    }

    /** Registers a job seeker, uploads the four required documents as the owner and submits them. */
    UUID registerWithDocuments(Registrations.Registration registration) throws IOException, InterruptedException {
        Response registered = post("/api/accounts/job-seekers", registration.json(), null);
        if (registered.status() != 202) {
            throw new IllegalStateException("registration answered " + registered.status() + " "
                    + registered.body());
        }
        UUID accountId = UUID.fromString(registered.field("accountId"));
        String owner = login(registration.email(), registration.password());
        for (String type : DOCUMENT_TYPES) {
            int status = upload(owner, type, "CV".equals(type) ? pdf(type) : png(type + accountId));
            if (status != 200 && status != 201) {
                throw new IllegalStateException("upload of " + type + " answered " + status);
            }
        }
        Response submitted = post("/api/accounts/me/documents/submit", "", owner);
        if (submitted.status() != 202) {
            throw new IllegalStateException("submit answered " + submitted.status() + " " + submitted.body());
        }
        return accountId;
    }

    private int upload(String token, String type, byte[] content) throws IOException, InterruptedException {
        String boundary = "----infoloker" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + type.toLowerCase() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/accounts/me/documents/" + type))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] png(String text) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xE8F0FE));
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(new Color(Math.abs(text.hashCode()) % 0xFFFFFF));
        graphics.fillRect(16, 60, 288, 80);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf(String text) {
        String content = "BT /F1 18 Tf 40 700 Td (CV " + text + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
}
