package id.infoloker.vacancy.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * Indonesian education levels with a rank for "at least": SMA and SMK are the same level, as are D4 and S1.
 */
public enum EducationLevel {
    SD(1), SMP(2), SMA(3), SMK(3), D1(4), D2(5), D3(6), D4(7), S1(7), S2(8), S3(9);

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static Optional<EducationLevel> of(String code) {
        return Arrays.stream(values()).filter(level -> level.name().equals(code)).findFirst();
    }
}
