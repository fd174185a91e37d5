package id.infoloker.kit.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem an operation answers besides the ones every operation can (documented by {@link ApiDocumentCustomizer}:
 * invalid input, sign-in, roles, rate limit, unavailability): its status and the {@code code} values a client may see,
 * e.g. {@code @ApiProblem(status = 409, codes = "already-registered")}. The document lists each code with an example
 * in the caller's default language; the catalogue in docs/api.md says what a client does about it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiProblems.class)
public @interface ApiProblem {

    int status();

    String[] codes();
}
