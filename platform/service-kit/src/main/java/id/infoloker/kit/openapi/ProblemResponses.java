package id.infoloker.kit.openapi;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * Problem answers in the document: one shared {@code Problem} schema, and per status the {@code code} values the
 * operation can answer, each as a named example whose title is the one the service sends by default (Bahasa
 * Indonesia). Codes of one status are merged, so a status documented by the kit and by a controller lists both.
 */
class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String RETRY_AFTER = "#/components/headers/RetryAfter";
    private static final String CODES = "x-problem-codes";

    private final MessageSource messages;
    private final Locale locale;

    ProblemResponses(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(ApiResponses responses, int status, List<String> codes) {
        String key = String.valueOf(status);
        ApiResponse response = responses.get(key);
        if (response == null || problemCodes(response) == null) {
            response = new ApiResponse();
            responses.addApiResponse(key, response);
        }
        Map<String, Object> known = problemCodes(response);
        TreeMap<String, Object> all = new TreeMap<>(known == null ? Map.of() : known);
        codes.forEach(code -> all.put(code, true));
        response.setExtensions(new LinkedHashMap<>(Map.of(CODES, all)));
        response.setDescription(reason(status) + ". Problem `code`: " + String.join(", ", all.keySet())
                + " (catalogue: docs/api.md#problem-catalogue).");
        MediaType body = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA));
        all.keySet().forEach(code -> body.addExamples(code, example(status, code)));
        response.setContent(new Content().addMediaType(PROBLEM_JSON, body));
        if (status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", new Header().$ref(RETRY_AFTER));
        }
    }

    /**
     * The answers many operations share, kept once under {@code components/responses}: an operation whose problem
     * answer for a status has exactly these codes refers to it.
     */
    static final Map<String, List<String>> SHARED = sharedAnswers();

    private static Map<String, List<String>> sharedAnswers() {
        Map<String, List<String>> shared = new LinkedHashMap<>();
        // Codes in alphabetical order, as an operation's answer lists them.
        shared.put("InvalidParameters", List.of("invalid-input", "malformed-parameter"));
        shared.put("InvalidPath", List.of("bad-request", "invalid-input", "malformed-parameter"));
        shared.put("InvalidBody", List.of("invalid-input", "malformed-body", "malformed-parameter"));
        shared.put("InvalidBodyOrPath",
                List.of("bad-request", "invalid-input", "malformed-body", "malformed-parameter"));
        shared.put("InvalidUpload",
                List.of("bad-request", "invalid-input", "malformed-multipart", "malformed-parameter"));
        shared.put("Unauthorized", List.of("unauthorized"));
        shared.put("Forbidden", List.of("forbidden"));
        shared.put("PayloadTooLarge", List.of("payload-too-large"));
        shared.put("UriTooLong", List.of("uri-too-long"));
        shared.put("TooManyRequests", List.of("too-many-requests"));
        shared.put("ServiceUnavailable", List.of("database-unavailable", "service-busy", "service-unavailable"));
        shared.put("GatewayTimeout", List.of("gateway-timeout"));
        return shared;
    }

    static int statusOf(String sharedAnswer) {
        return switch (sharedAnswer) {
            case "InvalidParameters", "InvalidPath", "InvalidBody", "InvalidBodyOrPath", "InvalidUpload" -> 400;
            case "Unauthorized" -> 401;
            case "Forbidden" -> 403;
            case "PayloadTooLarge" -> 413;
            case "UriTooLong" -> 414;
            case "TooManyRequests" -> 429;
            case "ServiceUnavailable" -> 503;
            default -> 504;
        };
    }

    /** The shared answer itself, for {@code components/responses}. */
    ApiResponse shared(String name) {
        ApiResponses one = new ApiResponses();
        add(one, statusOf(name), SHARED.get(name));
        ApiResponse answer = one.values().iterator().next();
        answer.setExtensions(null);
        return answer;
    }

    /**
     * Drops the bookkeeping extension once every problem is in (it is no part of the published document) and refers
     * to a shared answer where one fits.
     */
    static void finish(ApiResponses responses) {
        responses.forEach((status, response) -> {
            Map<String, Object> codes = problemCodes(response);
            if (codes == null) {
                return;
            }
            response.getExtensions().remove(CODES);
            if (response.getExtensions().isEmpty()) {
                response.setExtensions(null);
            }
            SHARED.forEach((name, shared) -> {
                if (String.valueOf(statusOf(name)).equals(status) && shared.equals(List.copyOf(codes.keySet()))) {
                    responses.put(status, new ApiResponse().$ref("#/components/responses/" + name));
                }
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problemCodes(ApiResponse response) {
        return response.getExtensions() == null ? null : (Map<String, Object>) response.getExtensions().get(CODES);
    }

    private Example example(int status, String code) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "urn:infoloker:problem:" + code);
        value.put("title", messages.getMessage("problem." + code + ".title", null, reason(status), locale));
        value.put("status", status);
        value.put("code", code);
        if (code.equals("invalid-input")) {
            value.put("errors", List.of(Map.of("field", "email", "code", "Email",
                    "message", messages.getMessage("field.Email", null, "bukan alamat email yang sah", locale))));
        }
        return new Example().summary(code).value(value);
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
