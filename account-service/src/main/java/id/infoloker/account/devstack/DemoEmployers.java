package id.infoloker.account.devstack;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmployerProfile;
import id.infoloker.account.accounts.NewAccounts;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The devstack's demo employers as real, verified accounts (issue 14), so the demo vacancies vacancy-service seeds
 * under the same ids ({@code DemoVacancies}) belong to someone who can sign in and act on their applications. Created
 * once (fixed ids; an existing account is left alone) with their registration and VERIFIED status published through
 * the outbox like any other account's, so every service knows them. Only with
 * {@code infoloker.demo.employers.enabled} (the devstack profile); the password is a development one the devstack
 * prints.
 */
@Component
@ConditionalOnProperty(name = "infoloker.demo.employers.enabled", havingValue = "true")
class DemoEmployers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

    record Demo(UUID id, String companyName, String email, String phone, String nib, String npwp, String address,
                String kecamatanCode, String contactPerson) {
    }

    /** The same ids and names as vacancy-service's DemoVacancies. */
    static final List<Demo> DEMOS = List.of(
            new Demo(UUID.fromString("d0000000-0000-4000-8000-000000000001"), "PT Surya Otomotif Karawang",
                    "hrd@surya-otomotif.demo.infoloker.local", "+6281200000101", "9120001234561",
                    "012345674431000", "Kawasan Industri Surya Cipta Kav. 12", "321512", "Ibu Rina Marlina"),
            new Demo(UUID.fromString("d0000000-0000-4000-8000-000000000002"), "PT Logistik Nusantara Cikampek",
                    "hrd@logistik-nusantara.demo.infoloker.local", "+6281200000102", "9120001234562",
                    "023456783431000", "Jl. Raya Cikampek Km 45", "321503", "Bapak Agus Setiawan"),
            new Demo(UUID.fromString("d0000000-0000-4000-8000-000000000003"), "CV Pangan Sejahtera Rengasdengklok",
                    "hrd@pangan-sejahtera.demo.infoloker.local", "+6281200000103", "9120001234563",
                    "034567891431000", "Jl. Proklamasi 8, Rengasdengklok", "321509", "Ibu Siti Rahayu"));

    private final AccountRepository accounts;
    private final NewAccounts newAccounts;
    private final PasswordEncoder passwords;
    private final AccountEvents accountEvents;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String password;
    private final String consentVersion;

    DemoEmployers(AccountRepository accounts, NewAccounts newAccounts, PasswordEncoder passwords,
                  AccountEvents accountEvents,
                  PlatformTransactionManager transactions, Clock clock,
                  @Value("${infoloker.demo.employers.password}") String password,
                  @Value("${infoloker.consent.version:2026-09-01}") String consentVersion) {
        this.accounts = accounts;
        this.newAccounts = newAccounts;
        this.passwords = passwords;
        this.accountEvents = accountEvents;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.password = password;
        this.consentVersion = consentVersion;
    }

    @Override
    public void run(ApplicationArguments args) {
        String hash = passwords.encode(password);
        for (Demo demo : DEMOS) {
            if (accounts.existsById(demo.id())) {
                continue;
            }
            transaction.executeWithoutResult(status -> create(demo, hash));
            log.info("Created demo employer {} ({}), verified", demo.companyName(), demo.id());
        }
    }

    private void create(Demo demo, String hash) {
        Instant now = Instant.now(clock);
        Account account = Account.employer(demo.id(), demo.companyName(), demo.email(), demo.phone(), hash, "id",
                now);
        account.applyDecision(AccountStatus.VERIFIED, null, null, List.of(), now, now);
        if (newAccounts.insert(account).isPresent()) {
            return;
        }
        newAccounts.insert(new EmployerProfile(demo.id(), demo.companyName(), demo.nib(), demo.npwp(),
                demo.address(), demo.kecamatanCode(), demo.contactPerson(), now, consentVersion));
        // Through AccountEvents like every account: a key is created and the personal fields are sealed.
        accountEvents.registered(new AccountRegistered(demo.id(), AccountType.EMPLOYER,
                demo.companyName(), demo.email(), demo.phone(), "id", demo.kecamatanCode(), null,
                new AccountRegistered.Employer(demo.companyName(), demo.nib(), demo.npwp(), demo.contactPerson()),
                now));
        accountEvents.statusChanged(new AccountStatusChanged(demo.id(),
                AccountType.EMPLOYER, AccountStatus.VERIFIED, AccountStatus.PENDING_VERIFICATION, demo.companyName(),
                null, null, List.of(), now));
    }
}
