package id.infoloker.gateway.portal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpCookie;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

/**
 * The gateway's own errors on portal paths (web down or its breaker open, a timeout, an upload over the limit, too
 * many requests, a refused sign-out) are read by people in a browser: a small HTML page in their language with a
 * way back, never JSON. API and console paths keep their problem+json.
 */
public final class PortalErrorPage {

    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private PortalErrorPage() {
    }

    public static boolean isFor(String path) {
        return path != null && PortalPaths.isPortal(path);
    }

    /** The portal's language switch (web's {@code lang} cookie) wins over the browser's Accept-Language. */
    public static Locale localeOf(ServerWebExchange exchange) {
        HttpCookie chosen = exchange.getRequest().getCookies().getFirst("lang");
        if (chosen != null && ("en".equals(chosen.getValue()) || "id".equals(chosen.getValue()))) {
            return Locale.forLanguageTag(chosen.getValue());
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? INDONESIAN : locale;
    }

    /**
     * @param retryAfterSeconds shown as "try again in N seconds" when not null
     */
    public static byte[] render(MessageSource messages, Locale locale, String title, String detail,
                                Long retryAfterSeconds) {
        String lang = "en".equals(locale.getLanguage()) ? "en" : "id";
        StringBuilder html = new StringBuilder(600)
                .append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        if (detail != null) {
            html.append("<p>").append(escape(detail)).append("</p>\n");
        }
        if (retryAfterSeconds != null) {
            html.append("<p>").append(escape(messages.getMessage("portal.error.retry-after",
                    new Object[] {retryAfterSeconds}, "", locale))).append("</p>\n");
        }
        html.append("<p><a href=\"").append(PortalPaths.HOME).append("\">")
                .append(escape(messages.getMessage("portal.error.home", null, "Beranda", locale)))
                .append("</a></p>\n</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
