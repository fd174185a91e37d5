package id.infoloker.vacancy.vacancies;

import java.util.UUID;

/** Whether staff suspended an employer (then it posts nothing new); implemented by the moderation feature. */
public interface PostingBans {

    boolean isSuspended(UUID employerId);
}
