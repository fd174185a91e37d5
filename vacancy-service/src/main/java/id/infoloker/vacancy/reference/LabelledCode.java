package id.infoloker.vacancy.reference;

/** A code from a fixed list with its label in Bahasa Indonesia and in English (clients pick by language). */
public record LabelledCode(String code, String labelId, String labelEn) {
}
