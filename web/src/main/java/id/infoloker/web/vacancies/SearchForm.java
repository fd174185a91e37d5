package id.infoloker.web.vacancies;

/**
 * What a job seeker can search on, as typed (strings: a wrong value is answered by vacancy-service's rule, shown
 * beside its field, rather than failing the page).
 */
public record SearchForm(String q, String kecamatan, String education, String employmentType, String minSalary) {

    public boolean filtered() {
        return present(q) || present(kecamatan) || present(education) || present(employmentType)
                || present(minSalary);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
