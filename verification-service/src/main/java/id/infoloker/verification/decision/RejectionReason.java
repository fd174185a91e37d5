package id.infoloker.verification.decision;

import java.util.Arrays;
import java.util.Optional;

/** The fixed list of reasons a verifier may give for a rejection; texts in the message bundles (reason.CODE). */
public enum RejectionReason {
    DATA_TIDAK_SESUAI,
    DOKUMEN_TIDAK_TERBACA,
    NIK_TIDAK_VALID,
    NIB_TIDAK_VALID,
    DUPLIKAT,
    /** Anything else: the note must say what. */
    LAINNYA;

    public static Optional<RejectionReason> of(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }

    public boolean needsNote() {
        return this == LAINNYA;
    }
}
