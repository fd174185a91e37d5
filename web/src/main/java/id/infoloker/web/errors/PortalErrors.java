package id.infoloker.web.errors;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.portal.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page could not handle itself becomes an HTML page in the person's language: a service down is the 503
 * page with Retry-After; a refusal nobody expected shows the service's own localised explanation. Never JSON, never
 * a stack trace.
 */
@ControllerAdvice
class PortalErrors {

    private final PageModel pageModel;

    PortalErrors(PageModel pageModel) {
        this.pageModel = pageModel;
    }

    @ExceptionHandler(BackendUnavailable.class)
    ModelAndView unavailable(BackendUnavailable e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("retryAfter", e.retryAfterSeconds());
        page.addObject("status", 503);
        return page;
    }

    /**
     * A link whose parameters are not UTF-8 (Tomcat refuses to decode them) or carry a name the firewall refuses: the
     * 400 page, where both used to end in a 500.
     */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ModelAndView unreadableParameters(RuntimeException e, HttpServletRequest request) {
        // Raised by the first interceptor that read a parameter (the language switch), before the page model's.
        pageModel.describe(request);
        ModelAndView page = new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        return page;
    }

    @ExceptionHandler(BackendProblem.class)
    ModelAndView refused(BackendProblem e) {
        HttpStatus status = switch (e.status()) {
            case 404 -> HttpStatus.NOT_FOUND;
            case 401, 403 -> HttpStatus.FORBIDDEN;
            case 409 -> HttpStatus.CONFLICT;
            case 413 -> HttpStatus.CONTENT_TOO_LARGE;
            case 429 -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_REQUEST;
        };
        ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404"
                : status == HttpStatus.FORBIDDEN ? "error/403" : "error/4xx", status);
        page.addObject("status", status.value());
        page.addObject("detail", e.detail());
        return page;
    }
}
