package id.infoloker.account.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian mobile numbers in the forms people type them ({@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code 62812...}, {@code 812...}) normalised to E.164 ({@code +628123456789}), so one number is one account and
 * SMS/WhatsApp providers get a form they accept. Only mobile numbers (national number starting with 8, 9 to 12 digits)
 * are accepted: the office reaches job seekers by SMS or WhatsApp.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");
    private static final Pattern MOBILE_NATIONAL_NUMBER = Pattern.compile("8\\d{8,11}");

    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(input.strip()).replaceAll("");
        String national;
        if (compact.startsWith("+62")) {
            national = compact.substring(3);
        } else if (compact.startsWith("62")) {
            national = compact.substring(2);
        } else if (compact.startsWith("0")) {
            national = compact.substring(1);
        } else {
            national = compact;
        }
        return MOBILE_NATIONAL_NUMBER.matcher(national).matches() ? Optional.of("+62" + national) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalize(input).isPresent();
    }

    private PhoneNumbers() {
    }
}
