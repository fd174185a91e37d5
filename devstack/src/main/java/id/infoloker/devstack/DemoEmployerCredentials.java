package id.infoloker.devstack;

import java.util.List;

/**
 * The demo vacancies' employers, which account-service creates as verified accounts in the devstack profile (issue
 * 14) so the hiring loop can be tried by hand. One development password for all three, passed to account-service and
 * printed at start.
 */
public record DemoEmployerCredentials(List<String> emails, String password) {

    public static DemoEmployerCredentials defaults() {
        return new DemoEmployerCredentials(List.of("hrd@surya-otomotif.demo.infoloker.local",
                "hrd@logistik-nusantara.demo.infoloker.local", "hrd@pangan-sejahtera.demo.infoloker.local"),
                "Devstack-Employer-2026");
    }
}
