package id.infoloker.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * A job seeker's required documents, uploaded through the gateway as the owner (multipart) and submitted, so the
 * case enters the verifiers' queue. Real files: PNG images for KTP, IJAZAH and PAS_FOTO, a PDF for the CV.
 */
final class Documents {

    static final List<String> JOB_SEEKER_TYPES = List.of("KTP", "IJAZAH", "CV", "PAS_FOTO");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Uploads every required document and submits them; fails the test on any non-2xx answer. */
    static void uploadAndSubmitAll(String gatewayUrl, String ownerToken, String label) {
        for (String type : JOB_SEEKER_TYPES) {
            byte[] content = "CV".equals(type) ? pdf(label) : png(type + " · " + label);
            int status = upload(gatewayUrl, ownerToken, type, content);
            if (status != 201 && status != 200) {
                throw new IllegalStateException("Upload of " + type + " answered " + status);
            }
        }
        Api.Response submitted = new Api(gatewayUrl).post("/api/accounts/me/documents/submit", "", ownerToken);
        if (submitted.status() != 202) {
            throw new IllegalStateException("Submit answered " + submitted);
        }
    }

    static int upload(String gatewayUrl, String ownerToken, String type, byte[] content) {
        String boundary = "----infoloker" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + type.toLowerCase() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/accounts/me/documents/" + type))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ownerToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            ApiContract.servedBy(gatewayUrl).check("POST", request.uri().getPath(), answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(null), !answer.body().isEmpty());
            return answer.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A small real PNG, its colour derived from {@code text}. */
    static byte[] png(String text) {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xE8F0FE));
        graphics.fillRect(0, 0, 320, 200);
        // Shapes, not text: no dependency on fonts being installed on the CI machine.
        graphics.setColor(new Color(Math.abs(text.hashCode()) % 0xFFFFFF));
        graphics.fillRect(16, 60, 288, 80);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal one-page PDF. */
    static byte[] pdf(String text) {
        String content = "BT /F1 18 Tf 40 700 Td (CV " + text.replaceAll("[()\\\\]", "") + ") Tj ET";
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

    private Documents() {
    }
}
