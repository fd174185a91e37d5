package id.infoloker.verification.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders console pages, wherever its feature lives: it gets the console's common model
 * (language, formats, whether the viewer is an ADMIN) and its errors as console pages, not JSON problems.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConsolePage {
}
