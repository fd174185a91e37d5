package id.infoloker.vacancy.moderation;

/**
 * Why someone reports a vacancy ("Laporkan lowongan"), after Kemnaker's warning signs; staff give the same codes as
 * the reason for a take-down or a suspension.
 */
public enum ReportReason {
    ASKS_FOR_MONEY, CONTACT_OUTSIDE_PLATFORM, BROKER, FAKE_COMPANY, MISLEADING, DISCRIMINATORY, OTHER
}
