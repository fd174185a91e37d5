package id.infoloker.kit.openapi;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * What the kit reads from a controller method: its {@link ApiProblem}s, a {@link DeprecatedOperation}, the feature it
 * belongs to (its package, as the tag, unless the controller names a {@code @Tag}), and a summary made of the
 * operationId where the method has none.
 */
class OperationDocumentation implements OperationCustomizer {

    private final ProblemResponses problems;

    OperationDocumentation(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Tag.class) == null) {
            operation.setTags(List.of(featureOf(handler.getBeanType())));
        }
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(sentenceOf(operation.getOperationId()));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (ApiProblem problem : handler.getMethod().getAnnotationsByType(ApiProblem.class)) {
            problems.add(operation.getResponses(), problem.status(), List.of(problem.codes()));
        }
        DeprecatedOperation deprecated = handler.getMethodAnnotation(DeprecatedOperation.class);
        if (deprecated != null) {
            operation.setDeprecated(true);
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + "Deprecated since " + deprecated.since() + ", removed after " + deprecated.sunset()
                    + (deprecated.successor().isEmpty() ? "" : "; use `" + deprecated.successor() + "`")
                    + ". Answers carry `Deprecation` and `Sunset` headers.");
        }
        return operation;
    }

    /** {@code id.infoloker.account.registration.X} belongs to the feature {@code registration}. */
    static String featureOf(Class<?> controller) {
        String name = controller.getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** {@code registerJobSeeker} reads "Register job seeker". */
    static String sentenceOf(String operationId) {
        String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
