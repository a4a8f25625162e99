package nl.vico.app.web.problem;

/** A resource that is described but not built yet (501); the message says what will provide it. */
public class NotImplementedException extends RuntimeException {
    public NotImplementedException(String message) {
        super(message);
    }
}
