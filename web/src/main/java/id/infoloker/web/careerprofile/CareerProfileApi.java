package id.infoloker.web.careerprofile;

import id.infoloker.web.backend.Backends;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * account-service's career profile of the signed-in job seeker: {@code GET} and {@code PUT}
 * {@code /api/accounts/me/career-profile} (the whole profile at once). account-service checks every rule.
 */
@Component
class CareerProfileApi {

    private final Backends backends;

    CareerProfileApi(Backends backends) {
        this.backends = backends;
    }

    CareerProfile mine() {
        CareerProfile profile = backends.account().get().uri("/api/accounts/me/career-profile").retrieve()
                .body(CareerProfile.class);
        return profile == null ? CareerProfile.EMPTY : profile;
    }

    void save(CareerProfile profile) {
        backends.account().put().uri("/api/accounts/me/career-profile").contentType(MediaType.APPLICATION_JSON)
                .body(profile).retrieve().toBodilessEntity();
    }

    /** @param disability shown to employers only when {@code shareDisability} */
    record CareerProfile(List<String> skills, List<Experience> experiences, String major, String desiredJob,
                         String disability, boolean shareDisability) {

        static final CareerProfile EMPTY = new CareerProfile(List.of(), List.of(), null, null, null, false);

        @Override
        public String toString() {
            return "CareerProfile[" + (skills == null ? 0 : skills.size()) + " skills]";
        }
    }

    /** @param from "2021-03"; {@code to} null while it goes on */
    record Experience(String employer, String role, String from, String to) {
    }
}
