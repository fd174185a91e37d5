package id.infoloker.web.applicants;

/**
 * The invitation as typed: the day and the time (WIB) come from two inputs and go to vacancy-service as one local
 * time ({@code 2027-01-10T09:00}); place and online link are both offered, at least one is needed (the service says
 * so). Blank is absent.
 */
public record InterviewForm(String date, String time, String durationMinutes, String place, String onlineLink,
                            String contactName, String contactPhone, String note) {

    public static final InterviewForm EMPTY = new InterviewForm("", "09:00", "60", "", "", "", "", "");

    Request request() {
        String startsAt = blank(date) || blank(time) ? null : date.strip() + "T" + time.strip();
        return new Request(startsAt, minutes(), orNull(place), orNull(onlineLink), orNull(contactName),
                orNull(contactPhone), orNull(note));
    }

    private Integer minutes() {
        String digits = durationMinutes == null ? "" : durationMinutes.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? null : Integer.valueOf(digits);
    }

    record Request(String startsAt, Integer durationMinutes, String place, String onlineLink, String contactName,
                   String contactPhone, String note) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
