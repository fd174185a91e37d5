package id.infoloker.vacancy.reference;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is one of a reference list's codes (null passes: combine with {@code @NotBlank}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCode.Validator.class)
public @interface KnownCode {

    List value();

    String message() default "is not a known code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum List {
        KECAMATAN, EDUCATION, EMPLOYMENT_TYPE;

        public boolean contains(String code) {
            return switch (this) {
                case KECAMATAN -> Kecamatan.isKnown(code);
                case EDUCATION -> EducationLevel.of(code).isPresent();
                case EMPLOYMENT_TYPE -> EmploymentType.isKnown(code);
            };
        }
    }

    class Validator implements ConstraintValidator<KnownCode, String> {

        private List list;

        @Override
        public void initialize(KnownCode annotation) {
            this.list = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || list.contains(value);
        }
    }
}
