package nl.vico.app.web.problem;

/** An upload over one of the limits (413); the message names the limit. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
