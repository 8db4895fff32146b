package org.ordo.api.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Well-formed input that breaks the rules: every broken rule is listed, so a client fixes all at once. */
public class ValidationException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(422, "validation", "Invalid input", describe(errors), Map.of("errors", List.copyOf(errors)));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public List<String> reasons() {
        return errors.stream().map(FieldError::toString).toList();
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
