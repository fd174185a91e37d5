package id.infoloker.kit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on its way out (docs/api.md, "Versioning and deprecation"): from {@code since} every answer carries
 * {@code Deprecation} (RFC 9745) and {@code Sunset} (RFC 8594) headers and a {@code Link} to its successor, and the
 * document marks it {@code deprecated}. It keeps working until {@code sunset}; old app versions have that long to update.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DeprecatedOperation {

    /** ISO date from which the operation is deprecated, e.g. {@code 2026-12-01}. */
    String since();

    /** ISO date after which the operation may answer 410 Gone; at least six months after {@code since}. */
    String sunset();

    /** Path of the operation that replaces it, e.g. {@code /api/v2/vacancies}; linked with rel="successor-version". */
    String successor() default "";
}
