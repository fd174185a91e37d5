package id.infoloker.kit.input;

/** A request parameter (query string or form) with a character {@link TextRule} refuses. */
public class UnacceptableParameterException extends RuntimeException {

    private final String parameter;

    public UnacceptableParameterException(String parameter) {
        super("parameter " + parameter + " contains a control character or a lone surrogate", null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
