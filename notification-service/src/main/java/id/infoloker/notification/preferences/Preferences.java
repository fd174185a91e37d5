package id.infoloker.notification.preferences;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person's notification preferences: extra channels and (job seekers) saved vacancy alerts. */
record Preferences(@NotNull Boolean email, @NotNull Boolean sms,
                   @Size(max = 10) List<@Valid @NotNull JobAlert> alerts) {
}
