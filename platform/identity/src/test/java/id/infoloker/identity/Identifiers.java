package id.infoloker.identity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * Generated identifiers for property tests: well-formed ones, near misses (one field broken) and noise, so that every
 * branch of the readers is reached. Public so that the services' agreement tests generate the same inputs.
 */
public final class Identifiers {

    /** Mostly possible NIKs, plus ones with a zero region part, an impossible date, a zero serial, or noise. */
    public static Arbitrary<String> niks() {
        Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n));
        Arbitrary<String> region = Arbitraries.oneOf(twoDigits, Arbitraries.integers().between(1, 99)
                .map(n -> String.format("%02d", n)));
        Arbitrary<String> day = Arbitraries.integers().between(0, 72).map(n -> String.format("%02d", n));
        Arbitrary<String> month = Arbitraries.integers().between(0, 13).map(n -> String.format("%02d", n));
        Arbitrary<String> serial = Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n));
        Arbitrary<String> structured = Combinators.combine(region, region, region, day, month, twoDigits, serial)
                .as((p, r, k, d, m, y, s) -> p + r + k + d + m + y + s);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789 .-x").ofMinLength(0).ofMaxLength(18);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, structured),
                net.jqwik.api.Tuple.of(1, noise),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    /** Old and new NPWPs with right and wrong check digits, NIK-based ones, separators, wrong lengths. */
    public static Arbitrary<String> npwps() {
        Arbitrary<String> eight = Arbitraries.strings().numeric().ofLength(8);
        Arbitrary<String> six = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<Integer> checkDigit = Arbitraries.integers().between(0, 9);
        Arbitrary<String> fifteen = Combinators.combine(eight, checkDigit, six).as((e, c, s) -> e + c + s);
        Arbitrary<String> wellChecked = Combinators.combine(eight, six)
                .as((e, s) -> e + Npwp.checkDigitFor(e) + s);
        Arbitrary<String> dotted = wellChecked.map(d -> d.substring(0, 2) + "." + d.substring(2, 5) + "."
                + d.substring(5, 8) + "." + d.charAt(8) + "-" + d.substring(9, 12) + "." + d.substring(12));
        return Arbitraries.oneOf(fifteen, wellChecked, dotted, wellChecked.map(d -> "0" + d),
                fifteen.map(d -> "0" + d), niks().filter(n -> n != null),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(17));
    }

    /** NIBs: 13 digits (zeros included), with separators, too short or too long. */
    public static Arbitrary<String> nibs() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(13),
                Arbitraries.just("0000000000000"),
                Arbitraries.strings().numeric().ofLength(13).map(d -> d.substring(0, 4) + " " + d.substring(4)),
                Arbitraries.strings().withChars("0123456789.-").ofMinLength(0).ofMaxLength(16));
    }

    /** For {@code @ForAll(supplier = Identifiers.Niks.class)}. */
    public static final class Niks implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return niks();
        }
    }

    public static final class Npwps implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return npwps();
        }
    }

    public static final class Nibs implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return nibs();
        }
    }

    private Identifiers() {
    }
}
