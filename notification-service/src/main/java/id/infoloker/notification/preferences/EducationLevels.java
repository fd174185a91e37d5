package id.infoloker.notification.preferences;

import java.util.Map;

/**
 * Education levels in order, for "the vacancy asks for my level or less". SMA and SMK are the same level (upper
 * secondary, general or vocational); a vacancy asking for either accepts both.
 */
public final class EducationLevels {

    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("SD", 1), Map.entry("SMP", 2), Map.entry("SMA", 3), Map.entry("SMK", 3),
            Map.entry("D1", 4), Map.entry("D2", 5), Map.entry("D3", 6), Map.entry("D4", 7),
            Map.entry("S1", 7), Map.entry("S2", 8), Map.entry("S3", 9));

    /** @return the level's rank, or null if unknown (or null) */
    public static Integer rankOf(String level) {
        return level == null ? null : RANK.get(level.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isKnown(String level) {
        return rankOf(level) != null;
    }

    private EducationLevels() {
    }
}
