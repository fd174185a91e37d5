package id.infoloker.web.documents;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An upload whose body cannot be read (over the 10 MB the portal accepts, or cut off halfway) must still reach
 * {@link UploadRefusals}, which explains it on the "Dokumen" page. Without this, Tomcat throws as soon as the CSRF
 * filter asks for the {@code _csrf} parameter, and the person gets the container's bare error page. So the body is
 * parsed here, before Spring Security; if that fails, the request goes on with the parameters of its URL only (the
 * upload forms carry the CSRF token in their action URL for exactly this case) and the parse failure is raised again
 * when Spring MVC asks for the parts, where it becomes a {@code MultipartException}.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableUploads {

    @Bean
    FilterRegistrationBean<ParseFirst> parseUploadsBeforeSecurity() {
        FilterRegistrationBean<ParseFirst> registration = new FilterRegistrationBean<>(new ParseFirst());
        registration.addUrlPatterns("/dokumen/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    static final class ParseFirst extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String contentType = request.getContentType();
            return !"POST".equals(request.getMethod()) || contentType == null
                    || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpServletRequest next = request;
            try {
                request.getParameterMap();
            } catch (IllegalStateException unreadable) {
                drain(request);
                next = new UrlParametersOnly(request, unreadable);
            }
            chain.doFilter(next, response);
        }
    }

    /** Beyond this much unread body the connection is closed rather than read to its end. */
    static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

    /**
     * Reads what is left of a refused body (the gateway lets at most 10 MB through) before answering: a server
     * that answers with most of the body unread closes the connection, and a phone may then lose the answer too.
     */
    static void drain(HttpServletRequest request) {
        try (var in = request.getInputStream()) {
            long drained = 0;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (drained < MAX_DRAINED_BYTES && (read = in.read(buffer)) != -1) {
                drained += read;
            }
        } catch (IOException | IllegalStateException gone) {
            // Nothing left to read, or the connection is gone already: answering is all that is left to do.
        }
    }

    /** The request of an unreadable upload: its URL's parameters, and the parse failure when asked for parts. */
    static final class UrlParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();
        private final IllegalStateException failure;

        UrlParametersOnly(HttpServletRequest request, IllegalStateException failure) {
            super(request);
            this.failure = failure;
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                    .forEach((name, values) -> parameters.put(decode(name),
                            values.stream().map(UrlParametersOnly::decode).toArray(String[]::new)));
        }

        private static String decode(String value) {
            return value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw new IllegalStateException(failure.getMessage(), failure);
        }

        @Override
        public Part getPart(String name) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
