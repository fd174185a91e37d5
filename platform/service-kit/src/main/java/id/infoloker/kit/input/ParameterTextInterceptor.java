package id.infoloker.kit.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@link TextRule} for what does not arrive as JSON: query and form parameters (names and values) and path variables.
 * Runs inside the dispatcher, so its refusal becomes the usual 400 problem naming the parameter.
 */
public class ParameterTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!TextRule.isAcceptable(parameter.getKey())) {
                throw new UnacceptableParameterException("?");
            }
            for (String value : parameter.getValue()) {
                if (!TextRule.isAcceptable(value)) {
                    throw new UnacceptableParameterException(parameter.getKey());
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Map.Entry<?, ?> variable : variables.entrySet()) {
                if (variable.getValue() instanceof String value && !TextRule.isAcceptable(value)) {
                    throw new UnacceptableParameterException(String.valueOf(variable.getKey()));
                }
            }
        }
        return true;
    }
}
