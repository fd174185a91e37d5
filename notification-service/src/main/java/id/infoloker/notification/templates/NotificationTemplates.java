package id.infoloker.notification.templates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code templates/notifications/<KIND>.<lang>.txt} (Thymeleaf TEXT mode): the first line is the title, the
 * rest the body. Every template sees {@code portal.name} and {@code portal.baseUrl}; the caller adds the event's
 * values. Templates live in files so wording can change without touching code.
 */
@Component
public class NotificationTemplates {

    private final TemplateEngine engine = new TemplateEngine();
    private final PortalProperties portal;

    NotificationTemplates(PortalProperties portal) {
        this.portal = portal;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/notifications/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public RenderedText render(String kind, Locale locale, Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("portal", portal);
        String text = engine.process(kind + "." + locale.getLanguage(), new Context(locale, all)).strip();
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return new RenderedText(text, "");
        }
        return new RenderedText(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }
}
