package id.infoloker.account.registration;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An Indonesian mobile number in any common spelling (see {@code PhoneNumbers}); null is left to @NotBlank. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IndonesianPhoneNumberValidator.class)
public @interface IndonesianPhoneNumber {

    String message() default "is not an Indonesian mobile number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
