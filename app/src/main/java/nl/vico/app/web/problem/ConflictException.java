package nl.vico.app.web.problem;

/** The request clashes with what is there (409), e.g. an id already in use; the message says what to do. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
