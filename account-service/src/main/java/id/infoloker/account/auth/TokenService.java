package id.infoloker.account.auth;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.PhoneNumbers;
import id.infoloker.kit.problem.ProblemException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Login, refresh and logout. Every refusal of a credential looks the same: 401 {@code invalid-credentials}. */
@Service
class TokenService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginPolicy loginPolicy;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    /** Checked against when the account does not exist, so the answer takes as long as for a wrong password. */
    private final String unknownAccountHash;

    TokenService(AccountRepository accounts, PasswordEncoder passwords, LoginPolicy loginPolicy,
                 AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginPolicy = loginPolicy;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    TokenResponse login(LoginRequest request) {
        Optional<Account> found = findByUsername(request.username());
        if (found.isEmpty()) {
            passwords.matches(request.password(), unknownAccountHash);
            throw invalidCredentials();
        }
        Account account = found.get();
        if (!passwords.matches(request.password(), account.passwordHash())) {
            throw invalidCredentials();
        }
        allowed(account);
        return TokenResponse.bearer(accessTokens.issue(account), refreshTokens.issue(account.id()));
    }

    TokenResponse refresh(RefreshRequest request) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(request.refreshToken())
                .orElseThrow(TokenService::invalidRefreshToken);
        Account account = accounts.findById(rotated.accountId()).orElseThrow(TokenService::invalidRefreshToken);
        allowed(account);
        return TokenResponse.bearer(accessTokens.issue(account), rotated.refreshToken());
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

    private static ProblemException invalidRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }
}
