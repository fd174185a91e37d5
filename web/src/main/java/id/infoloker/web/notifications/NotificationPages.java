package id.infoloker.web.notifications;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "Notifikasi": the inbox, "Tandai sudah dibaca", and opening a notification's page. */
@Controller
class NotificationPages {

    private final NotificationApi notifications;

    NotificationPages(NotificationApi notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifikasi")
    ModelAndView inbox() {
        return new ModelAndView("notifications/inbox").addObject("inbox", notifications.mine());
    }

    @PostMapping("/notifikasi/{id}/dibaca")
    ModelAndView markRead(@PathVariable UUID id) {
        notifications.markRead(id);
        return new ModelAndView("redirect:" + NotificationLinks.INBOX, HttpStatus.SEE_OTHER);
    }

    /**
     * A GET that marks read: safe to repeat (marking read again changes nothing), so a plain link works on every
     * phone and a prefetch does no harm beyond what opening it would do.
     */
    @GetMapping("/notifikasi/{id}/buka")
    ModelAndView open(@PathVariable UUID id) {
        notifications.markRead(id);
        String target = notifications.find(id).map(NotificationApi.Notification::link)
                .map(NotificationLinks::target).orElse(NotificationLinks.INBOX);
        return new ModelAndView("redirect:" + target, HttpStatus.SEE_OTHER);
    }
}
