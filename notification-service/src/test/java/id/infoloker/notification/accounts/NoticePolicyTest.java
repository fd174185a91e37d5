package id.infoloker.notification.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticePolicyTest {

    @ParameterizedTest
    @CsvSource({
        "VERIFIED, ACCOUNT_VERIFIED",
        "REJECTED, ACCOUNT_REJECTED",
        "REVISION_REQUESTED, REVISION_REQUESTED",
        "ERASED, ERASE",
        "SUSPENDED, NONE",
        "PENDING_VERIFICATION, NONE"
    })
    void eachStatusChangeHasItsNotice(AccountStatus status, Notice expected) {
        assertThat(NoticePolicy.afterStatusChange(new AccountStatusChanged(UUID.randomUUID(), AccountType.JOB_SEEKER,
                status, AccountStatus.PENDING_VERIFICATION, "Siti", null, null, List.of(), Instant.now())))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"VERIFIER, SUSPENDED", "VERIFIER, VERIFIED", "ADMIN, VERIFIED"})
    void staffAccountsDisabledOrEnabledByAnAdminAreSentNothing(AccountType type, AccountStatus status) {
        assertThat(NoticePolicy.afterStatusChange(new AccountStatusChanged(UUID.randomUUID(), type, status,
                AccountStatus.SUSPENDED, "Petugas", null, null, List.of(), Instant.now()))).isEqualTo(Notice.NONE);
    }

    @Test
    void onlyPeopleAndCompaniesWhoRegisteredThemselvesAreToldTheirRegistrationWasReceived() {
        for (AccountType type : AccountType.values()) {
            Notice notice = NoticePolicy.afterRegistration(new AccountRegistered(UUID.randomUUID(), type, "Nama",
                    null, null, "id", null, null, null, Instant.now()));
            assertThat(notice).isEqualTo(type == AccountType.JOB_SEEKER || type == AccountType.EMPLOYER
                    ? Notice.REGISTRATION_RECEIVED : Notice.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "en-US", " en "})
    void englishWhenChosen(String preferred) {
        assertThat(NoticePolicy.languageOf(preferred)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"id", "id-ID", "jv", "fr"})
    void otherwiseBahasaIndonesia(String preferred) {
        assertThat(NoticePolicy.languageOf(preferred).getLanguage()).isEqualTo("id");
    }
}
