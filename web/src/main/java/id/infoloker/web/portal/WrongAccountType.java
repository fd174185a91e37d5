package id.infoloker.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A company's pages refused to a job seeker, or a job seeker's pages to a company: the 403 page says which kind of
 * account the page is for and where this person's own pages are, instead of a bare "no access" (issue 14: each kind
 * of account is told what it can do). The reason travels to the error page as a request attribute.
 */
final class WrongAccountType {

    /** Read by {@code error/page.html}: {@code error.403.<reason>} in the person's language. */
    static final String REASON = "forbiddenReason";

    private WrongAccountType() {
    }

    static void explain(HttpServletRequest request, AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return; // an old form, not the wrong account: the page's usual text says to reload
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = who == null ? Set.of() : AuthorityUtils.authorityListToSet(who.getAuthorities());
        if (roles.contains("ROLE_JOB_SEEKER")) {
            request.setAttribute(REASON, "company-pages");
        } else if (roles.contains("ROLE_EMPLOYER")) {
            request.setAttribute(REASON, "job-seeker-pages");
        }
    }
}
