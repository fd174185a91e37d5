package id.infoloker.verification.console;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Where a console form goes next: htmx posts (the gateway wants the CSRF token in a header, which console.js adds to
 * htmx requests only) get {@code HX-Redirect}, a full page load; a plain post gets a 303.
 */
final class ConsoleRedirects {

    private ConsoleRedirects() {
    }

    static ResponseEntity<Void> to(String location, String htmxRequestHeader) {
        if (htmxRequestHeader != null) {
            return ResponseEntity.ok().header("HX-Redirect", location).build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }
}
