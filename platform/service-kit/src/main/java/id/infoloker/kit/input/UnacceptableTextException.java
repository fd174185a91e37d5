package id.infoloker.kit.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string with a character {@link TextRule} refuses; Jackson adds the field's path on the way up. */
public class UnacceptableTextException extends MismatchedInputException {

    UnacceptableTextException(JsonParser parser) {
        // Never the value itself in the message: it may be personal data.
        super(parser, "text contains a control character or a lone surrogate", String.class);
    }
}
