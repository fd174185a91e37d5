package id.infoloker.web.ownvacancies;

/**
 * A vacancy as typed in the form: strings throughout, so that what was typed comes back when vacancy-service refuses
 * it. Amounts may be typed the way they are printed ("5.200.000"); only their digits are sent.
 */
public record VacancyForm(String title, String description, String requirements, String minimumEducation,
                          String kecamatanCode, String employmentType, String salaryMin, String salaryMax,
                          String openings, String closingDate) {

    public static final VacancyForm EMPTY = new VacancyForm("", "", "", "", "", "", "", "", "1", "");

    /** The form filled with the vacancy as it is now, to edit it. */
    static VacancyForm of(OwnVacancy vacancy) {
        return new VacancyForm(vacancy.title(), vacancy.description(), vacancy.requirements(),
                vacancy.minimumEducation(), vacancy.kecamatanCode(), vacancy.employmentType(),
                text(vacancy.salaryMin()), text(vacancy.salaryMax()), text(vacancy.openings()),
                vacancy.closingDate() == null ? "" : vacancy.closingDate().toString());
    }

    Request request() {
        return new Request(orNull(title), orNull(description), orNull(requirements), orNull(minimumEducation),
                orNull(kecamatanCode), orNull(employmentType), number(salaryMin), number(salaryMax),
                number(openings), orNull(closingDate));
    }

    /**
     * vacancy-service's {@code VacancyRequest}. A number with no digit at all is sent as null, so the service names
     * the field ("wajib diisi") rather than failing to read the body.
     */
    record Request(String title, String description, String requirements, String minimumEducation,
                   String kecamatanCode, String employmentType, Long salaryMin, Long salaryMax, Long openings,
                   String closingDate) {
    }

    private static Long number(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("\\D", "");
        // More than 15 digits is no salary nor headcount: let the service's range check refuse it.
        return digits.isEmpty() ? null : Long.parseLong(digits.length() > 15 ? digits.substring(0, 16) : digits);
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(Number value) {
        return value == null ? "" : value.toString();
    }
}
