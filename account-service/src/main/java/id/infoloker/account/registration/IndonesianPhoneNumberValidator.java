package id.infoloker.account.registration;

import id.infoloker.account.accounts.PhoneNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class IndonesianPhoneNumberValidator implements ConstraintValidator<IndonesianPhoneNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || PhoneNumbers.isValid(value);
    }
}
