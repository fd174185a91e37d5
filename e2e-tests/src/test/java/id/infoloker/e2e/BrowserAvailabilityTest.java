package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.infoloker.e2e.Browser.Availability;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests fail under CI and are skipped (aborted, loudly) elsewhere; never a silent 0. */
class BrowserAvailabilityTest {

    static final Path MISSING = Path.of("/nonexistent/chromium");
    static final Path EXECUTABLE = Path.of("/bin/sh");

    @Test
    void chromiumAndItsDriverPresentRunTheBrowserTests() {
        assertThat(Availability.decide(EXECUTABLE, EXECUTABLE, "true")).isEqualTo(Availability.PRESENT);
        assertThatCode(() -> Browser.require(Availability.PRESENT, getClass())).doesNotThrowAnyException();
    }

    @Test
    void eitherMissingUnderCiFailsTheBrowserTests() {
        assertThat(Availability.decide(MISSING, EXECUTABLE, "true")).isEqualTo(Availability.MISSING_UNDER_CI);
        assertThat(Availability.decide(EXECUTABLE, MISSING, "TRUE")).isEqualTo(Availability.MISSING_UNDER_CI);
        assertThatThrownBy(() -> Browser.require(Availability.MISSING_UNDER_CI, getClass()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void missingOutsideCiSkipsTheBrowserTests() {
        assertThat(Availability.decide(MISSING, MISSING, null)).isEqualTo(Availability.MISSING_LOCALLY);
        assertThat(Availability.decide(MISSING, MISSING, "false")).isEqualTo(Availability.MISSING_LOCALLY);
        assertThatThrownBy(() -> Browser.require(Availability.MISSING_LOCALLY, getClass()))
                .isInstanceOf(TestAbortedException.class);
    }
}
