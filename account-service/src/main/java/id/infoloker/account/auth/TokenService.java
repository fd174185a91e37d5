package id.infoloker.account.auth;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.PhoneNumbers;
import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login, refresh and logout. Every refusal of a credential looks the same: 401 {@code invalid-credentials}; repeated
 * failures on one account lock it for a while (423 {@code account-locked} with {@code retryAfterSeconds}).
 */
@Service
class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginPolicy loginPolicy;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginLockouts lockouts;
    private final Clock clock;
    /** Checked against when the account does not exist, so the answer takes as long as for a wrong password. */
    private final String unknownAccountHash;

    TokenService(AccountRepository accounts, PasswordEncoder passwords, LoginPolicy loginPolicy,
                 AccessTokens accessTokens, RefreshTokens refreshTokens, LoginLockouts lockouts, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginPolicy = loginPolicy;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.lockouts = lockouts;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    TokenResponse login(LoginRequest request) {
        Optional<Account> found = findByUsername(request.username());
        if (found.isEmpty()) {
            passwords.matches(request.password(), unknownAccountHash);
            throw invalidCredentials();
        }
        Account account = found.get();
        Instant now = Instant.now(clock);
        // A locked account is refused before its password is checked, right or wrong: guessing stops here.
        lockouts.lockedUntil(account.id(), now).ifPresent(until -> {
            throw locked(until, now);
        });
        if (!passwords.matches(request.password(), account.passwordHash())) {
            Optional<Instant> lockedNow = lockouts.recordFailure(account.id(), now);
            if (lockedNow.isPresent()) {
                log.warn("Account {} locked until {} after repeated failed logins", account.id(), lockedNow.get());
                throw locked(lockedNow.get(), now);
            }
            throw invalidCredentials();
        }
        allowed(account);
        lockouts.recordSuccess(account.id());
        RefreshTokens.Started session = refreshTokens.issue(account.id());
        return TokenResponse.bearer(accessTokens.issue(account, session.familyId()), session.refreshToken());
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

    private Optional<Account> findByUsername(String username) {
        if (username.contains("@")) {
            return accounts.findByEmail(EmailAddresses.normalize(username));
        }
        return PhoneNumbers.normalize(username).flatMap(accounts::findByPhone);
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    /** 423 saying when to try again (also as Retry-After); whole seconds, rounded up. */
    private static ProblemException locked(Instant until, Instant now) {
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        return new ProblemException(HttpStatus.LOCKED, "account-locked", seconds)
                .with("retryAfterSeconds", seconds)
                .with("lockedUntil", until.toString());
    }

    private static ProblemException invalidRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }
}
