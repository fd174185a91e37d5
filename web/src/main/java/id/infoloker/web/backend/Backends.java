package id.infoloker.web.backend;

import id.infoloker.web.session.Viewer;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@link RestClient} per service. Every call carries the signed-in person's token (the one the gateway forwarded
 * from the session cookie), the page's language, the request id and the page's trace ({@code traceparent}, through
 * the observation registry); every refusal becomes a {@link BackendProblem},
 * every outage a {@link BackendUnavailable}. Feature clients (e.g. {@code VacancyApi}) build on these.
 */
@Component
public class Backends {

    private static final Logger log = LoggerFactory.getLogger(Backends.class);
    private static final long DEFAULT_RETRY_AFTER = 5;

    private final RestClient account;
    private final RestClient accountUploads;
    private final RestClient vacancy;
    private final RestClient verification;
    private final RestClient notification;
    private final JsonMapper json;

    public Backends(ServicesProperties services, JsonMapper json, ObservationRegistry observations) {
        RestClient.Builder builder = RestClient.builder().observationRegistry(observations);
        this.json = json;
        this.account = client(builder, "account-service", services.account(), services, services.readTimeout());
        this.accountUploads = client(builder, "account-service", services.account(), services,
                services.uploadTimeout());
        this.vacancy = client(builder, "vacancy-service", services.vacancy(), services, services.readTimeout());
        this.verification = client(builder, "verification-service", services.verification(), services,
                services.readTimeout());
        this.notification = client(builder, "notification-service", services.notification(), services,
                services.readTimeout());
    }

    public RestClient account() {
        return account;
    }

    /** account-service with the longer timeout of a document upload on a slow line. */
    public RestClient accountUploads() {
        return accountUploads;
    }

    public RestClient vacancy() {
        return vacancy;
    }

    public RestClient verification() {
        return verification;
    }

    public RestClient notification() {
        return notification;
    }

    private RestClient client(RestClient.Builder builder, String name, String baseUrl, ServicesProperties services,
                              Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(services.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor(new PersonsContext())
                .requestInterceptor(new OutageTranslation(name))
                .defaultStatusHandler(status -> status.isError(), (request, response) -> {
                    throw refusal(name, response);
                })
                .build();
    }

    private RuntimeException refusal(String service, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 500) {
            log.warn("{} answered {}", service, status);
            return new BackendUnavailable(service, retryAfter(response), null);
        }
        JsonNode body = readProblem(response);
        List<BackendProblem.FieldError> errors = body.path("errors").isArray()
                ? body.path("errors").valueStream()
                        .map(error -> new BackendProblem.FieldError(text(error, "field"), text(error, "code"),
                                text(error, "message")))
                        .toList()
                : List.of();
        return new BackendProblem(status, text(body, "code"), text(body, "title"), text(body, "detail"), errors);
    }

    private JsonNode readProblem(ClientHttpResponse response) {
        try (InputStream in = response.getBody()) {
            byte[] bytes = in.readNBytes(64 * 1024);
            return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return json.createObjectNode();
        }
    }

    private static long retryAfter(ClientHttpResponse response) {
        String value = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        try {
            return value == null ? DEFAULT_RETRY_AFTER : Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException dateForm) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The person's token, language, request id and address on every call made while rendering their page. */
    private static final class PersonsContext implements ClientHttpRequestInterceptor {

        private static final String CLIENT_ADDRESS = "X-Infoloker-Client-Address";

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
                throws IOException {
            HttpHeaders headers = request.getHeaders();
            Viewer.current().token().ifPresent(headers::setBearerAuth);
            Locale locale = LocaleContextHolder.getLocale();
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage());
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (attributes instanceof ServletRequestAttributes servlet) {
                String requestId = servlet.getRequest().getHeader("X-Request-Id");
                if (requestId != null) {
                    headers.set("X-Request-Id", requestId);
                }
                // Set by the gateway alone: account-service throttles sign-ins per client, not per web instance.
                String clientAddress = servlet.getRequest().getHeader(CLIENT_ADDRESS);
                if (clientAddress != null) {
                    headers.set(CLIENT_ADDRESS, clientAddress);
                }
            }
            return execution.execute(request, body);
        }
    }

    /** A refused or timed-out connection is an outage, not a bug: the 503 page, with the service named in the log. */
    private static final class OutageTranslation implements ClientHttpRequestInterceptor {

        private final String service;

        OutageTranslation(String service) {
            this.service = service;
        }

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
            try {
                return execution.execute(request, body);
            } catch (IOException | ResourceAccessException e) {
                log.warn("{} unreachable: {}", service, e.getClass().getSimpleName());
                throw new BackendUnavailable(service, DEFAULT_RETRY_AFTER, e);
            }
        }
    }
}
