package id.infoloker.account.auth;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.account.accounts.PhoneNumbers;
import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login, refresh and logout. Every refusal of a credential looks the same: 401 {@code invalid-credentials}; a client
 * that sends too many attempts waits (429 {@code too-many-attempts} with {@code retryAfterSeconds}), whoever it tries.
 */
@Service
class TokenService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginPolicy loginPolicy;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;
    private final SecondFactorRequirements requirements;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    /** Checked against when the account does not exist, so the answer takes as long as for a wrong password. */
    private final String unknownAccountHash;

    TokenService(AccountRepository accounts, PasswordEncoder passwords, LoginPolicy loginPolicy,
                 AccessTokens accessTokens, RefreshTokens refreshTokens, LoginThrottle throttle,
                 SecondFactors secondFactors, SecondFactorRequirements requirements, PasswordPolicy passwordPolicy,
                 Clock clock) {
        this.secondFactors = secondFactors;
        this.requirements = requirements;
        this.passwordPolicy = passwordPolicy;
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginPolicy = loginPolicy;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * The throttle is asked before the username is looked up and answers the same whether or not the account exists;
     * it slows only the client that sends the wrong passwords, so nobody is kept out of their account by someone else.
     */
    TokenResponse login(LoginRequest request, String clientAddress) {
        String username = normalizedUsername(request.username());
        Instant now = Instant.now(clock);
        LoginThrottlePolicy.Decision admitted = throttle.admit(clientAddress, username, now);
        if (!admitted.allowed()) {
            throw tooManyAttempts(admitted.retryAfter());
        }
        Optional<Account> found = findByUsername(username);
        if (found.isEmpty()) {
            passwords.matches(request.password(), unknownAccountHash);
            throw invalidCredentials();
        }
        Account account = found.get();
        if (!passwords.matches(request.password(), account.passwordHash())) {
            throw invalidCredentials();
        }
        allowed(account);
        secondFactorPassed(account, request.totpCode(), now);
        if (account.mustChangePassword()) {
            account = temporaryPasswordReplaced(account, request);
        }
        throttle.succeeded(clientAddress, username);
        RefreshTokens.Started session = refreshTokens.issue(account.id());
        return TokenResponse.bearer(accessTokens.issue(account, session.familyId()), session.refreshToken());
    }

    /**
     * Staff with a second factor give its code; staff of a role that requires one and have none get a secret to enrol
     * (after the right password only) and confirm it with their first code in the next attempt. A wrong or replayed
     * code counts as a failed attempt with the throttle, like a wrong password.
     */
    private void secondFactorPassed(Account account, String code, Instant now) {
        if (!account.isStaff()) {
            return;
        }
        boolean blank = code == null || code.isBlank();
        if (secondFactors.isEnrolled(account.id())) {
            if (blank) {
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "second-factor-required");
            }
            if (secondFactors.verify(account.id(), code.strip(), now) != SecondFactors.Check.ACCEPTED) {
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "second-factor-invalid").onField("totpCode");
            }
        } else if (requirements.requiredFor(account.type())) {
            if (blank) {
                SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(account.id(), account.email());
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "second-factor-enrolment-required")
                        .with("totpSecret", enrolment.secret())
                        .with("otpauthUri", enrolment.otpauthUri());
            }
            if (!secondFactors.confirm(account.id(), code.strip(), now)) {
                throw new ProblemException(HttpStatus.UNAUTHORIZED, "second-factor-invalid").onField("totpCode");
            }
        }
    }

    /** A temporary password from an ADMIN's reset signs in only together with the password replacing it. */
    private Account temporaryPasswordReplaced(Account account, LoginRequest request) {
        String replacement = request.newPassword();
        if (replacement == null || replacement.isEmpty()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "password-change-required");
        }
        PasswordPolicy.Decision decision = passwordPolicy.assess(replacement);
        if (decision != PasswordPolicy.Decision.ACCEPTED) {
            throw PasswordPolicy.refusal(decision, "newPassword");
        }
        if (replacement.equals(request.password())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "password-unchanged").onField("newPassword");
        }
        account.replacePassword(passwords.encode(replacement));
        return accounts.save(account);
    }

    TokenResponse refresh(RefreshRequest request) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(request.refreshToken())
                .orElseThrow(TokenService::invalidRefreshToken);
        Account account = accounts.findById(rotated.accountId()).orElseThrow(TokenService::invalidRefreshToken);
        allowed(account);
        return TokenResponse.bearer(accessTokens.issue(account, rotated.familyId()), rotated.refreshToken());
    }

    void logout(RefreshRequest request) {
        refreshTokens.revokeFamilyOf(request.refreshToken());
    }

    private void allowed(Account account) {
        switch (loginPolicy.decide(account)) {
            case ALLOWED -> { }
            case SUSPENDED -> throw new ProblemException(HttpStatus.FORBIDDEN, "account-suspended");
            case UNKNOWN -> throw invalidCredentials();
        }
    }

    /** @param username as {@link #normalizedUsername} made it */
    private Optional<Account> findByUsername(String username) {
        return username.contains("@") ? accounts.findByEmail(username) : accounts.findByPhone(username);
    }

    /** An e-mail address or a mobile number in its stored spelling; anything else as typed (it matches nothing). */
    private static String normalizedUsername(String username) {
        if (username.contains("@")) {
            return EmailAddresses.normalize(username);
        }
        return PhoneNumbers.normalize(username).orElse(username.strip());
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    /** 429 saying when to try again (also as Retry-After); whole seconds, rounded up. */
    private static ProblemException tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", seconds)
                .with("retryAfterSeconds", seconds);
    }

    private static ProblemException invalidRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }
}
