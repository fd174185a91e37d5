package id.infoloker.web.careerprofile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The career profile as typed, in inputs that work without JavaScript: skills in one box (a comma or a new line
 * between them), the work experiences as rows of four inputs sent as repeated fields, and a row left empty is no
 * experience.
 */
public record CareerProfileForm(String skills, List<String> experienceEmployer, List<String> experienceRole,
                                List<String> experienceFrom, List<String> experienceTo, String major,
                                String desiredJob, String disability, String shareDisability) {

    /** Empty rows offered below the ones filled in. */
    static final int EMPTY_ROWS = 2;

    static CareerProfileForm of(CareerProfileApi.CareerProfile profile) {
        List<CareerProfileApi.Experience> experiences = orEmpty(profile.experiences());
        return new CareerProfileForm(String.join(", ", orEmpty(profile.skills())),
                experiences.stream().map(CareerProfileApi.Experience::employer).toList(),
                experiences.stream().map(CareerProfileApi.Experience::role).toList(),
                experiences.stream().map(CareerProfileApi.Experience::from).toList(),
                experiences.stream().map(e -> e.to() == null ? "" : e.to()).toList(),
                profile.major(), profile.desiredJob(), profile.disability(),
                profile.shareDisability() ? "true" : null);
    }

    CareerProfileApi.CareerProfile profile() {
        List<String> skillList = skills == null ? List.of() : Arrays.stream(skills.split("[,\\n]"))
                .map(String::strip).filter(skill -> !skill.isEmpty()).toList();
        List<CareerProfileApi.Experience> experiences = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.isEmpty()) {
                experiences.add(new CareerProfileApi.Experience(orNull(row.employer()), orNull(row.role()),
                        orNull(row.from()), orNull(row.to())));
            }
        }
        return new CareerProfileApi.CareerProfile(skillList, experiences, orNull(major), orNull(desiredJob),
                orNull(disability), sharesDisability());
    }

    public boolean sharesDisability() {
        return shareDisability != null && !shareDisability.isBlank();
    }

    /** The rows the page shows: those typed, then empty ones to add more. */
    public List<Row> rows() {
        int filled = orEmpty(experienceEmployer).size();
        return IntStream.range(0, filled + EMPTY_ROWS).mapToObj(i -> new Row(i, at(experienceEmployer, i),
                at(experienceRole, i), at(experienceFrom, i), at(experienceTo, i))).toList();
    }

    /** One experience as typed; {@code index} names its fields in the service's refusals. */
    public record Row(int index, String employer, String role, String from, String to) {

        boolean isEmpty() {
            return blank(employer) && blank(role) && blank(from) && blank(to);
        }
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
