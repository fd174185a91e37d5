package id.infoloker.vacancy.applications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An interview as an iCalendar file (RFC 5545) that phones add to their calendar: one VEVENT in Asia/Jakarta with its
 * VTIMEZONE (WIB, UTC+7, no daylight saving), the place or link as LOCATION, the contact person and note in the
 * DESCRIPTION. The UID is stable per application and SEQUENCE counts reschedules, so a new file replaces the old entry;
 * an application that ended without a hire gives STATUS:CANCELLED. Written by hand: a dozen properties do not justify
 * a library, but escaping (\ ; , newline) and folding (75 octets, UTF-8 safe) follow the RFC.
 */
final class InterviewCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private InterviewCalendar() {
    }

    static String of(UUID applicationId, String vacancyTitle, String companyName, ApplicationStatus status,
                     Interview interview, Instant now) {
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Infoloker//Wawancara//ID", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VTIMEZONE", "TZID:" + Interview.TIME_ZONE, "BEGIN:STANDARD", "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:WIB", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "UID:interview-" + applicationId + "@infoloker",
                "SEQUENCE:" + interview.sequence(),
                "DTSTAMP:" + UTC.format(now),
                "LAST-MODIFIED:" + UTC.format(interview.updatedAt()),
                "DTSTART;TZID=" + Interview.TIME_ZONE + ":" + LOCAL.format(interview.startsAt()),
                "DTEND;TZID=" + Interview.TIME_ZONE + ":" + LOCAL.format(interview.endsAt()),
                "SUMMARY:" + text("Wawancara: " + vacancyTitle + (companyName == null ? "" : " - " + companyName)),
                "LOCATION:" + text(interview.place() != null ? interview.place() : interview.onlineLink())));
        if (interview.onlineLink() != null) {
            lines.add("URL:" + interview.onlineLink());
        }
        lines.add("DESCRIPTION:" + text(description(interview)));
        lines.add("STATUS:" + (status == ApplicationStatus.WAWANCARA || status == ApplicationStatus.DITERIMA
                ? "CONFIRMED" : "CANCELLED"));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder calendar = new StringBuilder();
        lines.forEach(line -> calendar.append(fold(line)).append(CRLF));
        return calendar.toString();
    }

    private static String description(Interview interview) {
        StringBuilder text = new StringBuilder("Kontak / Contact: ").append(interview.contactName()).append(" (")
                .append(interview.contactPhone()).append(")");
        if (interview.place() != null) {
            text.append("\nTempat / Place: ").append(interview.place());
        }
        if (interview.onlineLink() != null) {
            text.append("\nTautan / Link: ").append(interview.onlineLink());
        }
        if (interview.note() != null) {
            text.append("\nCatatan / Note: ").append(interview.note());
        }
        return text.append("\nInfoloker tidak pernah memungut biaya. / Infoloker never charges a fee.").toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after CRLF + space, never inside a UTF-8 character. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
