package id.infoloker.account.staff;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.auth.AccessRevocations;
import id.infoloker.account.auth.SecondFactorRequirements;
import id.infoloker.account.auth.SecondFactors;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.problem.ProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an ADMIN does with staff accounts: list them, disable and enable, reset a password (a temporary one, to be
 * replaced at the next sign-in), change the role, remove a lost second factor, require second factors per role. An
 * ADMIN never changes their own account here (no ADMIN can lock the office out of its console by a slip: there is
 * always the acting ADMIN left). Disabling, a reset and a role change end every session of the account at once
 * ({@link AccessRevocations}: refresh tokens, and access tokens in every service); disabling and enabling also
 * publish {@code account.status-changed.v1} (SUSPENDED / VERIFIED).
 */
@Service
public class StaffAdministration {

    private static final Logger log = LoggerFactory.getLogger(StaffAdministration.class);
    private static final Set<AccountType> STAFF = EnumSet.of(AccountType.VERIFIER, AccountType.ADMIN);
    /** No look-alikes (0/O, 1/l/I): read out or typed from a screen. */
    private static final char[] TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int TEMPORARY_LENGTH = 14;

    private final AccountRepository accounts;
    private final AccessRevocations revocations;
    private final SecondFactors secondFactors;
    private final SecondFactorRequirements requirements;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAdministration(AccountRepository accounts, AccessRevocations revocations, SecondFactors secondFactors,
                        SecondFactorRequirements requirements, PasswordEncoder passwords, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.revocations = revocations;
        this.secondFactors = secondFactors;
        this.requirements = requirements;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        return accounts.findByTypeInOrderByDisplayNameAsc(STAFF).stream()
                .map(account -> new StaffMember(account.id(), account.type(), account.displayName(), account.email(),
                        account.status(), account.status() == AccountStatus.VERIFIED,
                        secondFactors.isEnrolled(account.id()), account.mustChangePassword(), account.createdAt()))
                .toList();
    }

    @Transactional
    public void disable(UUID adminId, UUID staffId) {
        Account account = otherStaff(adminId, staffId);
        if (account.status() == AccountStatus.SUSPENDED) {
            return; // already disabled: the ADMIN's second click changes nothing
        }
        Instant now = Instant.now(clock);
        AccountStatus previous = account.disableStaff(now);
        revocations.revokeAll(account.id(), "staff-disabled");
        publish(account, previous, now);
        log.info("Admin {} disabled {} account {}", adminId, account.type(), account.id());
    }

    @Transactional
    public void enable(UUID adminId, UUID staffId) {
        Account account = otherStaff(adminId, staffId);
        if (account.status() == AccountStatus.VERIFIED) {
            return;
        }
        Instant now = Instant.now(clock);
        AccountStatus previous = account.enableStaff(now);
        publish(account, previous, now);
        log.info("Admin {} enabled {} account {}", adminId, account.type(), account.id());
    }

    @Transactional
    public TemporaryPassword resetPassword(UUID adminId, UUID staffId) {
        Account account = otherStaff(adminId, staffId);
        String temporary = temporaryPassword();
        account.resetStaffPassword(passwords.encode(temporary));
        revocations.revokeAll(account.id(), "staff-password-reset");
        log.info("Admin {} reset the password of {} account {}", adminId, account.type(), account.id());
        return new TemporaryPassword(temporary);
    }

    @Transactional
    public void changeRole(UUID adminId, UUID staffId, AccountType type) {
        if (!STAFF.contains(type)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-staff-type").onField("type");
        }
        Account account = otherStaff(adminId, staffId);
        if (account.type() == type) {
            return;
        }
        AccountType before = account.type();
        account.changeStaffRole(type);
        // Tokens carry the roles: the old ones end here, the next sign-in carries the new role.
        revocations.revokeAll(account.id(), "staff-role-changed");
        log.info("Admin {} changed account {} from {} to {}", adminId, account.id(), before, type);
    }

    @Transactional
    public void removeSecondFactor(UUID adminId, UUID staffId) {
        Account account = otherStaff(adminId, staffId);
        secondFactors.remove(account.id());
        log.info("Admin {} removed the second factor of account {}", adminId, account.id());
    }

    public Map<AccountType, Boolean> secondFactorRequirements() {
        Set<AccountType> required = requirements.required();
        return Map.of(AccountType.VERIFIER, required.contains(AccountType.VERIFIER),
                AccountType.ADMIN, required.contains(AccountType.ADMIN));
    }

    /**
     * Requiring a second factor for ADMIN while the acting ADMIN has none would end their own next sign-in in an
     * enrolment; that is allowed (they enrol then), so there is no guard beyond the staff type.
     */
    public void requireSecondFactor(UUID adminId, AccountType type, boolean required) {
        if (!STAFF.contains(type)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-staff-type").onField("type");
        }
        requirements.require(type, required, adminId, Instant.now(clock));
        log.info("Admin {} set the second factor {} for {}", adminId, required ? "required" : "optional", type);
    }

    /** The staff account, locked; 404 for any other id (job seekers' and employers' accounts are not staff's). */
    private Account otherStaff(UUID adminId, UUID staffId) {
        if (adminId.equals(staffId)) {
            throw new ProblemException(HttpStatus.CONFLICT, "staff-self-change");
        }
        Account account = accounts.findForUpdate(staffId)
                .filter(found -> STAFF.contains(found.type()))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "staff-not-found"));
        return account;
    }

    private void publish(Account account, AccountStatus previous, Instant now) {
        outbox.publish(Topics.ACCOUNT_STATUS_CHANGED, account.id(), new AccountStatusChanged(account.id(),
                account.type(), account.status(), previous, account.displayName(), null, null, List.of(), now));
    }

    private String temporaryPassword() {
        char[] chars = new char[TEMPORARY_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)];
        }
        return new String(chars);
    }
}
