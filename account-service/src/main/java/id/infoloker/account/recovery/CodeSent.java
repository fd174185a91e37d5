package id.infoloker.account.recovery;

/** A code was sent (or, for a password reset, would have been: the answer is the same). */
public record CodeSent(long expiresInSeconds) {
}
