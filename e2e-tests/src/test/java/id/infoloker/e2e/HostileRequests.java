package id.infoloker.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;

/**
 * What {@link HostileInputPropertyIT} throws: operations read from the services' OpenAPI documents, and requests
 * built from random values put into every path variable, query parameter and body field of one operation.
 */
final class HostileRequests {

    /** Operations that would end the test's own accounts (the remaining requests would all be 401s). */
    private static final Set<String> SPARED = Set.of("DELETE /api/accounts/me");

    record Operation(String method, String path, List<String> pathVariables, List<String> queryParameters,
                     List<String> bodyFields, boolean json, boolean multipart) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum MultipartShape { NO_BOUNDARY, UNTERMINATED, NUL_IN_FILENAME, CRLF_IN_FILENAME, RANDOM_CONTENT, EMPTY_BODY }

    /** One request: the values are used in turn for the operation's variables, parameters and fields. */
    record Request(Operation operation, String token, List<String> values, MultipartShape shape) {

        String uri() {
            Iterator<String> next = cycle();
            String path = operation.path();
            for (String variable : operation.pathVariables()) {
                path = path.replace("{" + variable + "}", percentEncoded(next.next()));
            }
            StringBuilder query = new StringBuilder();
            for (String parameter : operation.queryParameters()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=')
                        .append(percentEncoded(next.next()));
            }
            if (values.size() % 3 == 0) {
                query.append(query.isEmpty() ? "?" : "&").append(percentEncoded(next.next())).append('=')
                        .append(percentEncoded(next.next()));
            }
            return path + query;
        }

        String language() {
            return List.of("id", "en", "*", "zz-ZZ").get(Math.floorMod(values.hashCode(), 4));
        }

        String contentType() {
            if (operation.multipart()) {
                return shape == MultipartShape.NO_BOUNDARY ? "multipart/form-data"
                        : "multipart/form-data; boundary=" + BOUNDARY;
            }
            return operation.json() || !"GET".equals(operation.method()) ? "application/json" : null;
        }

        byte[] body() {
            if (operation.multipart()) {
                return multipart();
            }
            if (!operation.json()) {
                return null;
            }
            Iterator<String> next = cycle();
            if (values.size() == 1) {
                // Sometimes not JSON at all.
                return values.get(0).getBytes(StandardCharsets.UTF_8);
            }
            StringBuilder body = new StringBuilder("{");
            List<String> fields = new ArrayList<>(operation.bodyFields());
            if (fields.isEmpty()) {
                fields.add(values.get(0));
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    body.append(',');
                }
                body.append(jsonString(fields.get(i))).append(':').append(jsonValue(next.next(), i));
            }
            return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
        }

        private byte[] multipart() {
            if (shape == MultipartShape.EMPTY_BODY) {
                return new byte[0];
            }
            String filename = switch (shape) {
                case NUL_IN_FILENAME -> "ktp\u0000.pdf";
                case CRLF_IN_FILENAME -> "ktp\r\nContent-Type: text/html\r\n\r\n.pdf";
                default -> values.get(0);
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(shape == MultipartShape.RANDOM_CONTENT
                    ? String.join("", values).getBytes(StandardCharsets.UTF_8)
                    : "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            if (shape != MultipartShape.UNTERMINATED) {
                out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }

        private Iterator<String> cycle() {
            return new Iterator<>() {
                int position;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public String next() {
                    return values.get(position++ % values.size());
                }
            };
        }

        @Override
        public String toString() {
            String shown = uri();
            return operation.method() + " " + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown)
                    + (token == null ? " (no token)" : " (token)") + (operation.multipart() ? " " + shape : "")
                    + " values=" + values.stream().map(value -> value.length() > 40
                            ? value.length() + " chars" : jsonString(value)).toList();
        }
    }

    private static final String BOUNDARY = "infoloker-hostile-7e3b";

    /** The portal's public pages (web has no OpenAPI document): the same random values in their links. */
    static final List<Operation> PORTAL_PAGES = List.of(
            new Operation("GET", "/", List.of(), List.of("q", "kecamatan", "education", "employmentType", "minSalary",
                    "cursor"), List.of(), false, false),
            new Operation("GET", "/lowongan/{id}", List.of("id"), List.of(), List.of(), false, false),
            new Operation("GET", "/masuk", List.of(), List.of("next"), List.of(), false, false),
            new Operation("GET", "/daftar", List.of(), List.of("next"), List.of(), false, false),
            new Operation("GET", "/sitemap.xml", List.of(), List.of(), List.of(), false, false));

    /** Every operation of an OpenAPI document, with its path variables, query parameters and top-level body fields. */
    static List<Operation> operationsOf(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
                        || SPARED.contains(method + " " + path.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<String> pathVariables = new ArrayList<>();
                List<String> queryParameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    String name = parameter.path("name").asString();
                    switch (parameter.path("in").asString()) {
                        case "path" -> pathVariables.add(name);
                        case "query" -> queryParameters.add(name);
                        default -> { }
                    }
                }
                JsonNode content = operation.path("requestBody").path("content");
                boolean multipart = content.has("multipart/form-data");
                boolean json = !multipart && (content.has("application/json") || content.has("*/*"));
                JsonNode schema = multipart ? null : firstSchema(content);
                operations.add(new Operation(method, path.getKey(), pathVariables, queryParameters,
                        fieldsOf(schema, openApi), json, multipart));
            }
        }
        return operations;
    }

    /** Random values, from harmless to hostile, sometimes 100,000 characters long. */
    static Arbitrary<String> values() {
        Arbitrary<String> anyCharacters = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> nasty = Arbitraries.strings()
                .withChars("\u0000\u0001\u0008\u001b\u001f\u007f\u0085\u00a0\u200b\u200e\u200f\u202e\u2066\ufeff\ufffd"
                        + "\ud800\udbff\udc00\udfff\r\n\t%\"\\'<>/;{}[]:.,&?#=+ aZ09")
                .ofMaxLength(40);
        Arbitrary<String> huge = Arbitraries.of("a", "\u0000", "\u202e", "é", "\ud800", "\ud83d\ude00", "%00")
                .map(unit -> unit.repeat(100_000 / unit.length()));
        Arbitrary<String> hugeRandom = Arbitraries.strings().all().ofLength(100_000);
        Arbitrary<String> plausible = Arbitraries.of("3215014506980001", "1998-06-05", "2026-13-45", "-1", "0",
                "2147483647", "-2147483648", "9223372036854775808", "1e309", "NaN", "true", "null", "",
                "00000000-0000-0000-0000-000000000000", "KTP", "CV", "VERIFIED", "APPROVED", "operator",
                "siti@example.id", "081234567890", "bmV3ZXN0fDk5OTk5OTk5OTk5OTk5OTk5OTk5fDAwMDAwMDAwLTAwMDAtMDAwMC0w"
                        + "MDAwLTAwMDAwMDAwMDAwMA", "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, anyCharacters),
                net.jqwik.api.Tuple.of(30, nasty),
                net.jqwik.api.Tuple.of(30, plausible),
                net.jqwik.api.Tuple.of(3, huge),
                net.jqwik.api.Tuple.of(1, hugeRandom));
    }

    static Arbitrary<MultipartShape> multipartShapes() {
        return Arbitraries.of(MultipartShape.class);
    }

    /** A JSON value from a random string: mostly the string, sometimes a number, array, object, boolean or null. */
    private static String jsonValue(String value, int position) {
        return switch (Math.floorMod(value.hashCode() + position, 10)) {
            case 0 -> value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 30
                    ? value : "12345678901234567890123";
            case 1 -> "[" + jsonString(value) + "," + jsonString(value) + "]";
            case 2 -> "{\"value\":" + jsonString(value) + "}";
            case 3 -> "null";
            case 4 -> "true";
            default -> jsonString(value);
        };
    }

    /** Escapes every control character, surrogate and non-ASCII unit, so lone surrogates survive the trip. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** UTF-8 percent-encoding of everything but unreserved characters; a lone surrogate becomes its CESU-8 bytes. */
    static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {(byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)),
                    (byte) (0x80 | (c & 0x3F))};
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static JsonNode firstSchema(JsonNode content) {
        for (Map.Entry<String, JsonNode> type : content.properties()) {
            return type.getValue().path("schema");
        }
        return null;
    }

    private static List<String> fieldsOf(JsonNode schema, JsonNode openApi) {
        if (schema == null || schema.isMissingNode()) {
            return List.of();
        }
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            resolved = openApi.path("components").path("schemas").path(name);
        }
        Set<String> fields = new TreeSet<>();
        resolved.path("properties").propertyNames().forEach(fields::add);
        return List.copyOf(fields);
    }

    private HostileRequests() {
    }
}
