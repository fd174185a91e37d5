package id.infoloker.web.reference;

import java.util.List;

/** The codes the services accept, in the order a form lists them; their labels are in the message bundles. */
public final class Codes {

    public static final List<String> EDUCATION = List.of("SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1",
            "S2", "S3");
    /** PKWT fixed term, PKWTT permanent, MAGANG internship, HARIAN daily work. */
    public static final List<String> EMPLOYMENT_TYPES = List.of("PKWTT", "PKWT", "MAGANG", "HARIAN");

    private Codes() {
    }
}
