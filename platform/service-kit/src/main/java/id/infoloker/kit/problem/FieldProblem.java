package id.infoloker.kit.problem;

/** One field's violation in a problem's {@code errors} list: the field, the rule it broke, and a readable message. */
public record FieldProblem(String field, String code, String message) {
}
