package id.infoloker.vacancy.screening;

/**
 * Why a vacancy is held: the rule that matched (e.g. {@code money-request/deposit}, {@code off-platform/phone}), the
 * text as the employer wrote it ({@code matchedText}: "u4ng j4minan 1 juta"), and what the screening read there
 * ({@code phrase}: "uang jaminan", a phone number as digits) so reviewers need not decode the trick themselves.
 */
public record ScreeningEvidence(String rule, String matchedText, String phrase) {
}
