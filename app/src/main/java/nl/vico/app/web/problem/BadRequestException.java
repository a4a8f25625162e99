package nl.vico.app.web.problem;

import java.util.List;

/**
 * Input the client can fix (400), with one line per thing wrong, each saying what to do. Lines that
 * belong to a field carry it as {@code field: message}.
 */
public class BadRequestException extends RuntimeException {
    private final List<FieldProblem> errors;

    public BadRequestException(String message) {
        this(message, List.of());
    }

    public BadRequestException(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One wrong field of a request body or query. */
    public record FieldProblem(String field, String message) {
    }
}
