package id.infoloker.account.auth;

/**
 * @param expiresIn seconds until the access token expires
 * @param refreshToken single use: each refresh returns the next one
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

    static TokenResponse bearer(AccessTokens.Issued access, String refreshToken) {
        return new TokenResponse(access.token(), "Bearer", access.expiresInSeconds(), refreshToken);
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=Bearer, expiresIn=" + expiresIn + "]";
    }
}
