package id.infoloker.vacancy.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels of fixed code lists (rejection reasons, report reasons) from the message bundles: {@code <prefix>.<CODE>}. */
@Component
public class CodeLabels {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    CodeLabels(MessageSource messages) {
        this.messages = messages;
    }

    public <E extends Enum<E>> List<LabelledCode> of(String prefix, Class<E> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(code -> new LabelledCode(code.name(),
                messages.getMessage(prefix + "." + code.name(), null, INDONESIAN),
                messages.getMessage(prefix + "." + code.name(), null, Locale.ENGLISH))).toList();
    }
}
