package id.infoloker.vacancy.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InterviewCalendarTest {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewlines() {
        assertThat(InterviewCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String line = "LOCATION:" + "Gedung Serbaguna — lantai 3, ruang Cendana ".repeat(5) + "☎";
        String folded = InterviewCalendar.fold(line);

        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(InterviewCalendar.fold("SHORT:line")).isEqualTo("SHORT:line");
    }
}
