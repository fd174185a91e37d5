package id.infoloker.notification.codes;

import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.notification.delivery.Channel;
import id.infoloker.notification.delivery.Deliveries;
import id.infoloker.notification.delivery.NewDelivery;
import id.infoloker.notification.templates.Languages;
import id.infoloker.notification.templates.NotificationTemplates;
import id.infoloker.notification.templates.RenderedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Queues a one-time code for the address account-service named, whatever the person's channel preferences (they
 * asked for it, and a reset must reach them on the channel they still have) and without an in-app notification
 * (whoever needs a reset cannot sign in; whoever confirms a new address is looking at the form). A code that
 * expired while the event waited is dropped. The code and the address are never logged; the delivery's text is
 * blanked once it is sent or has failed ({@link Deliveries}).
 */
@Service
public class CodeDeliveries {

    private static final Logger log = LoggerFactory.getLogger(CodeDeliveries.class);

    private final NotificationTemplates templates;
    private final Deliveries deliveries;
    private final Clock clock;

    CodeDeliveries(NotificationTemplates templates, Deliveries deliveries, Clock clock) {
        this.templates = templates;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    void queue(UUID eventId, OneTimeCodeRequested event) {
        if (event.accountId() == null || event.code() == null || event.recipient() == null
                || event.expiresAt() == null) {
            throw new MalformedEventException("one-time code event without account, code, recipient or expiry");
        }
        Channel channel = channelOf(event.channel());
        Instant now = clock.instant();
        if (!event.expiresAt().isAfter(now)) {
            log.info("One-time code for account {} expired before it could be queued; dropped", event.accountId());
            return;
        }
        Locale locale = Languages.of(event.preferredLanguage());
        long minutes = Math.max(1, (Duration.between(now, event.expiresAt()).toSeconds() + 59) / 60);
        RenderedText text = templates.render(templateOf(event.purpose()), locale, Map.of(
                "code", event.code(),
                "minutes", minutes,
                "name", event.displayName() == null || event.displayName().isBlank() ? "" : event.displayName()));
        boolean queued = deliveries.enqueue(new NewDelivery(eventId, channel, event.recipient(), event.accountId(),
                Deliveries.ONE_TIME_CODE_KIND, locale.getLanguage(), text.title(), text.body()), now);
        log.info("One-time code ({}) for account {} on {}: {}", event.purpose(), event.accountId(), channel,
                queued ? "queued" : "already queued");
    }

    private static Channel channelOf(String channel) {
        if (OneTimeCodeRequested.EMAIL.equals(channel)) {
            return Channel.EMAIL;
        }
        if (OneTimeCodeRequested.SMS.equals(channel)) {
            return Channel.SMS;
        }
        throw new MalformedEventException("one-time code event for an unknown channel");
    }

    private static String templateOf(String purpose) {
        if (OneTimeCodeRequested.PASSWORD_RESET.equals(purpose)) {
            return "PASSWORD_RESET_CODE";
        }
        if (OneTimeCodeRequested.CONTACT_CONFIRMATION.equals(purpose)) {
            return "CONTACT_CONFIRMATION_CODE";
        }
        throw new MalformedEventException("one-time code event for an unknown purpose");
    }
}
