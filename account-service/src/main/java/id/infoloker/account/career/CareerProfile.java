package id.infoloker.account.career;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;

/**
 * What an employer can screen a job seeker on. {@code disability} is given only with {@code shareDisability}: the
 * person decides whether employers see it (UU 8/2016 protects against discrimination; sharing is the person's choice).
 */
public record CareerProfile(
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> skills,
        @Size(max = 20) List<@Valid @NotNull Experience> experiences,
        @Size(max = 120) String major,
        @Size(max = 120) String desiredJob,
        @Size(max = 300) String disability,
        Boolean shareDisability) {

    /** Left out means none: no skills, no experience, nothing shared. */
    public CareerProfile {
        skills = skills == null ? List.of() : skills;
        experiences = experiences == null ? List.of() : experiences;
        shareDisability = Boolean.TRUE.equals(shareDisability);
    }

    public static final CareerProfile EMPTY = new CareerProfile(List.of(), List.of(), null, null, null, false);

    /** {@code from}/{@code to} as "2021-03"; {@code to} null while the person still works there. */
    public record Experience(@NotBlank @Size(max = 120) String employer, @NotBlank @Size(max = 120) String role,
                             @NotNull YearMonth from, YearMonth to) {
    }

    /** What an employer sees: the same, without the disability unless the person shares it. */
    public CareerProfile asSeenByEmployer() {
        return shareDisability ? this : new CareerProfile(skills, experiences, major, desiredJob, null, false);
    }
}
