package nl.vico.app;

import java.util.List;

/**
 * Input the user can fix: printed without a stack trace, exit code 2. Each line says what is wrong
 * and what to do.
 */
public class UserInputException extends RuntimeException {
    private final List<String> lines;

    public UserInputException(String message) {
        this(List.of(message));
    }

    public UserInputException(List<String> lines) {
        super(String.join(System.lineSeparator(), lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
