package id.infoloker.vacancy.applications;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.screening.FeeScreeningPolicy;
import id.infoloker.vacancy.screening.ScreeningEvidence;
import id.infoloker.vacancy.vacancies.VacancyInputPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What an invitation must say so the job seeker can come: a time still ahead (WIB) and within a year, a place or an
 * https link, and no request for money. The fee screening's money rules run over the place and note because an
 * interview invitation is where a broker asks for "biaya seragam" once the ad itself passed; contact details are
 * expected here, so the off-platform rules do not apply.
 */
@Component
class InterviewPolicy {

    private static final String MONEY_RULES = "money-request/";

    private final FeeScreeningPolicy screening;
    private final Clock clock;

    InterviewPolicy(FeeScreeningPolicy screening, Clock clock) {
        this.screening = screening;
        this.clock = clock;
    }

    void check(InterviewRequest request) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(VacancyInputPolicy.KARAWANG));
        if (!request.startsAt().isAfter(now)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "interview-in-past").onField("startsAt");
        }
        if (request.startsAt().isAfter(now.plusYears(1))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "interview-too-far").onField("startsAt");
        }
        if (request.placeOrNull() == null && request.onlineLinkOrNull() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "interview-place-or-link").onField("place")
                    .onField("onlineLink");
        }
        if (request.onlineLinkOrNull() != null && !isHttpsLink(request.onlineLinkOrNull())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "interview-link-https").onField("onlineLink");
        }
        Optional<ScreeningEvidence> money = moneyRequestIn(request);
        if (money.isPresent()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "interview-asks-for-money", money.get().matchedText())
                    .onField("note").with("matchedText", money.get().matchedText());
        }
    }

    private Optional<ScreeningEvidence> moneyRequestIn(InterviewRequest request) {
        List<ScreeningEvidence> evidence = screening.screen(nullToEmpty(request.placeOrNull()),
                nullToEmpty(request.noteOrNull())).evidence();
        return evidence.stream().filter(found -> found.rule().startsWith(MONEY_RULES)).findFirst();
    }

    private static boolean isHttpsLink(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
