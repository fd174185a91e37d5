package id.infoloker.notification.applications;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.notification.contact.Contact;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.templates.PortalLinks;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an application's status change calls for, and for whom. The job seeker hears of every employer's move; an
 * interview invitation carries everything needed to come (date and time in WIB, place or link, contact person, note);
 * a rejection its reason; a closing whether the employer closed the vacancy or staff took it down. The employer hears
 * when a job seeker withdraws.
 */
@Component
class ApplicationNotices {

    static final String STATUS_CHANGED = "APPLICATION_STATUS_CHANGED";
    static final String INTERVIEW = "INTERVIEW_INVITATION";
    static final String REJECTED = "APPLICATION_REJECTED";
    static final String CLOSED = "APPLICATION_CLOSED";
    static final String WITHDRAWN = "APPLICATION_WITHDRAWN";

    private final MessageSource messages;
    private final ContactDirectory contacts;

    ApplicationNotices(MessageSource messages, ContactDirectory contacts) {
        this.messages = messages;
        this.contacts = contacts;
    }

    /** Empty when nobody is to be told (a withdrawal in an event without the employer's id). */
    Optional<Announcement> of(UUID eventId, ApplicationStatusChanged changed) {
        return switch (changed.status()) {
            case "WAWANCARA" -> Optional.of(changed.interview() == null ? statusChanged(eventId, changed)
                    : toJobSeeker(eventId, changed, INTERVIEW, (variables, locale) -> interview(variables,
                            changed.interview(), locale)));
            case "DITOLAK" -> Optional.of(toJobSeeker(eventId, changed, REJECTED, (variables, locale) -> {
                variables.put("reason", changed.reasonCode() == null ? null : messages.getMessage(
                        "application.rejection-reason." + changed.reasonCode(), null, changed.reasonCode(), locale));
                variables.put("note", changed.note());
            }));
            case "DITUTUP" -> Optional.of(toJobSeeker(eventId, changed, CLOSED, (variables, locale) ->
                    // Taken down, or a published vacancy's edit rejected in review: staff stopped it, not the company.
                    variables.put("takenDown", "TAKEN_DOWN".equals(changed.reasonCode())
                            || "REJECTED".equals(changed.reasonCode()))));
            case "DITARIK" -> Optional.ofNullable(changed.employerId()).map(employer -> new Announcement(eventId,
                    employer, WITHDRAWN, null, changed.changedAt(),
                    PortalLinks.employerApplication(changed.applicationId()), locale -> {
                        Map<String, Object> variables = common(changed);
                        variables.put("applicant", contacts.find(changed.jobSeekerId()).map(Contact::displayName)
                                .orElseGet(() -> messages.getMessage("application.someone", null, locale)));
                        return variables;
                    }, changed.jobSeekerId()));
            default -> Optional.of(statusChanged(eventId, changed));
        };
    }

    private Announcement statusChanged(UUID eventId, ApplicationStatusChanged changed) {
        return toJobSeeker(eventId, changed, STATUS_CHANGED, (variables, locale) -> variables.put("status",
                messages.getMessage("application.status." + changed.status(), null, changed.status(), locale)));
    }

    private Announcement toJobSeeker(UUID eventId, ApplicationStatusChanged changed, String kind,
                                     java.util.function.BiConsumer<Map<String, Object>, Locale> more) {
        return new Announcement(eventId, changed.jobSeekerId(), kind, null, changed.changedAt(),
                PortalLinks.application(changed.applicationId()), locale -> {
                    Map<String, Object> variables = common(changed);
                    more.accept(variables, locale);
                    return variables;
                });
    }

    private static Map<String, Object> common(ApplicationStatusChanged changed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("vacancyTitle", changed.vacancyTitle());
        variables.put("companyName", changed.companyName());
        variables.put("applicationId", changed.applicationId());
        return variables;
    }

    /** "Minggu, 10 Januari 2027 pukul 09.00 WIB" / "Sunday, 10 January 2027 at 09:00 WIB". */
    private void interview(Map<String, Object> variables, ApplicationStatusChanged.Interview interview,
                           Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", english ? Locale.ENGLISH
                : Locale.forLanguageTag("id"));
        DateTimeFormatter time = DateTimeFormatter.ofPattern(english ? "HH:mm" : "HH.mm");
        variables.put("date", interview.startsAt().format(date));
        variables.put("time", interview.startsAt().format(time));
        variables.put("endTime", interview.startsAt().plusMinutes(interview.durationMinutes()).format(time));
        variables.put("place", interview.place());
        variables.put("onlineLink", interview.onlineLink());
        variables.put("contactName", interview.contactName());
        variables.put("contactPhone", interview.contactPhone());
        variables.put("note", interview.note());
        variables.put("rescheduled", interview.sequence() > 0);
    }
}
