package id.infoloker.account.profile;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.accounts.Account;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 14: each kind of account is told what it can do next, in its own words and in both languages. */
class NextStepTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final NextStep nextStep = new NextStep(bundles());

    @Test
    void aVerifiedCompanyIsToldItCanPostVacanciesNotThatItCanApply() {
        Account company = verified(Account.employer(UUID.randomUUID(), "PT Sinar", "hrd@sinar.example.id", null,
                "hash", "id", NOW));

        assertThat(nextStep.of(company, INDONESIAN)).contains("memasang lowongan", "mengundang pelamar wawancara")
                .doesNotContain("melamar;");
        assertThat(nextStep.of(company, Locale.ENGLISH)).contains("post vacancies").doesNotContain("apply");
    }

    @Test
    void aWaitingCompanyIsToldItMayPrepareDraftsMeanwhile() {
        Account company = Account.employer(UUID.randomUUID(), "PT Sinar", "hrd@sinar.example.id", null, "hash", "id",
                NOW);

        assertThat(nextStep.of(company, INDONESIAN)).contains("draf lowongan", "Tidak ada biaya");
        assertThat(nextStep.of(company, Locale.ENGLISH)).contains("draft vacancies");
    }

    @Test
    void aVerifiedJobSeekerIsToldToApplyAndCompleteTheCareerProfile() {
        Account person = verified(Account.jobSeeker(UUID.randomUUID(), "Siti", "siti@example.id", null, "hash", "id",
                NOW));

        assertThat(nextStep.of(person, INDONESIAN)).contains("melamar", "profil karier")
                .doesNotContain("memasang lowongan");
        assertThat(nextStep.of(person, Locale.ENGLISH)).contains("apply", "career profile");
    }

    @Test
    void aVerifierIsSentToTheQueueAndAnAdministratorAlsoToModerationAndStaff() {
        Account verifier = Account.staff(UUID.randomUUID(), AccountType.VERIFIER, "Vera", "vera@disnaker.example.id",
                "hash", NOW);
        Account admin = Account.staff(UUID.randomUUID(), AccountType.ADMIN, "Adi", "adi@disnaker.example.id", "hash",
                NOW);

        assertThat(nextStep.of(verifier, INDONESIAN)).contains("/console", "antrean")
                .doesNotContain("menurunkan lowongan");
        assertThat(nextStep.of(admin, INDONESIAN)).contains("/console", "laporan lowongan", "menurunkan lowongan",
                "membekukan perusahaan", "akun staf");
        assertThat(nextStep.of(verifier, Locale.ENGLISH)).contains("staff console", "queue");
        assertThat(nextStep.of(admin, Locale.ENGLISH)).contains("take vacancies down", "suspend companies");
    }

    private static Account verified(Account account) {
        account.applyDecision(AccountStatus.VERIFIED, null, null, List.of(), NOW, NOW);
        return account;
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
