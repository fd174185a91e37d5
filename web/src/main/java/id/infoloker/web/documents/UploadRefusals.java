package id.infoloker.web.documents;

import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.portal.PortalProperties;
import id.infoloker.web.session.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An upload Spring could not even read — above the 10 MB the portal takes at all, or a broken multipart body (a
 * connection that dropped halfway) — gets the "Dokumen" page with a plain explanation (413 or 400), or the JSON
 * answer for the page's script; never a stack trace. These fail before any controller is chosen, so this advice is
 * not tied to one controller; elsewhere it answers the generic 4xx page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadRefusals {

    private final DocumentsPage page;
    private final PortalProperties portal;
    private final MessageSource messages;

    UploadRefusals(DocumentsPage page, PortalProperties portal, MessageSource messages) {
        this.page = page;
        this.portal = portal;
        this.messages = messages;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException || causedBySize(e);
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        String reason = messages.getMessage(tooLarge ? "documents.too-large" : "documents.malformed", null,
                LocaleContextHolder.getLocale());
        String type = typeOf(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (wantsJson(request)) {
            ModelAndView json = new ModelAndView(new JacksonJsonView());
            json.setStatus(status);
            json.addObject("type", type);
            json.addObject("uploaded", false);
            json.addObject("message", reason);
            return json;
        }
        ExtendedModelMap model = layout(request);
        String view;
        if (request.getRequestURI().startsWith("/dokumen/")) {
            try {
                view = page.render(model, type, reason, type == null ? reason : null);
            } catch (BackendUnavailable down) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()));
                model.addAttribute("retryAfter", down.retryAfterSeconds());
                model.addAttribute("status", 503);
                return new ModelAndView("error/503", model, HttpStatus.SERVICE_UNAVAILABLE);
            }
        } else {
            model.addAttribute("status", status.value());
            model.addAttribute("detail", reason);
            view = "error/4xx";
        }
        return new ModelAndView(view, model, status);
    }

    /**
     * What the layout needs, which controller advice's model attributes do not add to an exception handler's page.
     * The language switch starts over at the home page: a form's answer cannot be asked for again.
     */
    private ExtendedModelMap layout(HttpServletRequest request) {
        ExtendedModelMap model = new ExtendedModelMap();
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
        model.addAttribute("viewer", Viewer.current());
        model.addAttribute("portal", portal);
        model.addAttribute("language", language);
        model.addAttribute("otherLanguageUrl", "/?lang=" + ("en".equals(language) ? "id" : "en"));
        return model;
    }

    private static String typeOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        return RequiredDocuments.isAny(last) ? last : null;
    }

    private static boolean causedBySize(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        return types.stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON))
                && types.stream().noneMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
    }
}
