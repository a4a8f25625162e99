package nl.vico.app.web.problem;

/** The thing asked for does not exist (404); the message names it and says where to look. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
