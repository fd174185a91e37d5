package id.infoloker.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the gateway, the way a web or mobile client talks to the platform. Every answer is held
 * against the served OpenAPI documents ({@link ApiContract}).
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Response post(String path, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "id")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                        : JSON.writeValueAsString(body)));
        return send(request, token);
    }

    /** POST as part of the caller's trace (a W3C {@code traceparent} header), e.g. to follow it through the platform. */
    Response postInTrace(String path, Object body, String traceparent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "id")
                .header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request, null);
    }

    Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET(), token);
    }

    Response put(String path, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).DELETE(), token);
    }

    /** The whole token answer: accessToken, refreshToken, expiresIn. */
    JsonNode signIn(String username, String password) {
        Response response = post("/api/auth/token",
                java.util.Map.of("username", username, "password", password), null);
        if (response.status() != 200) {
            throw new IllegalStateException("Login failed: " + response);
        }
        return response.json();
    }

    String login(String username, String password) {
        Response response = post("/api/auth/token",
                java.util.Map.of("username", username, "password", password), null);
        if (response.status() != 200) {
            throw new IllegalStateException("Login failed: " + response);
        }
        return response.json().get("accessToken").asString();
    }

    private Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            ApiContract.servedBy(baseUrl).check(sent.method(), sent.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), !response.body().isEmpty());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
