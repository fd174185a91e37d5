package id.infoloker.kit.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tomcat send an answer that fits its response buffer (8 KiB) in one piece, with a {@code Content-Length}.
 *
 * <p>Spring MVC flushes the response after writing a {@code ResponseEntity} body (most of our endpoints return one,
 * to set {@code Cache-Control}). A flush commits the response before its length is known, so Tomcat switched to
 * chunked encoding and wrote every small JSON answer in two pieces (the body, then the terminating chunk). Behind the
 * gateway that doubled the reads and writes on both sides of the proxy (issue 17, docs/benchmarks.md). Here an
 * explicit flush before the answer is complete is ignored: Tomcat still sends a larger body as its buffer fills, and
 * the rest when the request ends. No endpoint streams (no server-sent events, no {@code StreamingResponseBody}), so
 * nothing waits on a flush. One that ever does must be exempted here ({@code shouldNotFilter}), or its flushes go
 * nowhere until Tomcat's buffer fills.
 */
public class WholeAnswerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new UnflushedResponse(response));
    }

    private static final class UnflushedResponse extends HttpServletResponseWrapper {

        UnflushedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // The container writes whatever is buffered when the request completes.
        }
    }
}
