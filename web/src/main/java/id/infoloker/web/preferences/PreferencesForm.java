package id.infoloker.web.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The form as posted: a checkbox is absent when unticked (null = off); alert rows are {@code alerts[0].kecamatanCode}
 * and so on. Rows left empty are dropped before saving, and the remaining ones keep their order, so the service's
 * field errors ({@code alerts[1].education}) name the same rows the page shows again.
 */
public record PreferencesForm(Boolean email, Boolean sms, List<AlertRow> alerts) {

    static PreferencesForm of(PreferencesApi.Preferences saved) {
        List<AlertRow> rows = saved.alerts() == null ? List.of() : saved.alerts().stream()
                .map(alert -> new AlertRow(alert.kecamatanCode(), alert.education(), alert.employmentType()))
                .toList();
        return new PreferencesForm(Boolean.TRUE.equals(saved.email()), Boolean.TRUE.equals(saved.sms()), rows);
    }

    /** The filled rows only, in order. */
    PreferencesForm compacted() {
        List<AlertRow> filled = alerts == null ? List.of()
                : alerts.stream().filter(Objects::nonNull).filter(row -> !row.isEmpty()).map(AlertRow::stripped)
                        .toList();
        return new PreferencesForm(Boolean.TRUE.equals(email), Boolean.TRUE.equals(sms), filled);
    }

    /** The rows to show: the saved ones and one empty row to add another, up to the service's maximum. */
    public List<AlertRow> rowsWithBlank() {
        List<AlertRow> rows = new ArrayList<>(alerts == null ? List.of() : alerts);
        if (rows.size() < PreferencesApi.MAX_ALERTS) {
            rows.add(AlertRow.EMPTY);
        }
        return rows;
    }

    PreferencesApi.Preferences toPreferences(boolean withAlerts) {
        List<PreferencesApi.JobAlert> wanted = !withAlerts || alerts == null ? List.of() : alerts.stream()
                .map(row -> new PreferencesApi.JobAlert(row.kecamatanCode(), row.education(), row.employmentType()))
                .toList();
        return new PreferencesApi.Preferences(Boolean.TRUE.equals(email), Boolean.TRUE.equals(sms), wanted);
    }

    /** One saved vacancy alert as the form shows it; an empty choice is null ("any"). */
    public record AlertRow(String kecamatanCode, String education, String employmentType) {

        static final AlertRow EMPTY = new AlertRow(null, null, null);

        boolean isEmpty() {
            return blank(kecamatanCode) && blank(education) && blank(employmentType);
        }

        AlertRow stripped() {
            return new AlertRow(orNull(kecamatanCode), orNull(education), orNull(employmentType));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static String orNull(String value) {
            return blank(value) ? null : value.strip();
        }
    }
}
