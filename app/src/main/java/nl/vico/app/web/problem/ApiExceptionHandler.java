package nl.vico.app.web.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import nl.vico.embedded.DataDirectoryInUseException;
import nl.vico.importer.DatasetException;
import nl.vico.importer.neo4j.InvalidWorkspaceNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 {@code ProblemDetail}: what went wrong and what to do, never a
 * stack trace. An unexpected failure is logged with a reference that the answer repeats, so an
 * administrator can find it without the client seeing internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DatasetException.class)
    ResponseEntity<ProblemDetail> dataset(DatasetException e) {
        int n = e.problems().size();
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "dataset-invalid", "The dataset has problems",
                n + (n == 1 ? " problem" : " problems") + " in the dataset; nothing was written. Fix each line listed"
                        + " under 'problems' and send it again.");
        p.setProperty("problems", Problems.datasetProblems(e.problems()));
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "The request cannot be used", e.getMessage());
        if (!e.errors().isEmpty()) {
            p.setProperty("errors", e.errors());
        }
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(InvalidWorkspaceNameException.class)
    ResponseEntity<ProblemDetail> workspaceName(InvalidWorkspaceNameException e) {
        return problem(HttpStatus.BAD_REQUEST, "workspace-name", "Not a valid workspace name", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflicts with what is there", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Over the upload limit", e.getMessage());
    }

    @ExceptionHandler(NotImplementedException.class)
    ResponseEntity<ProblemDetail> notImplemented(NotImplementedException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "not-implemented", "Not available yet", e.getMessage());
    }

    @ExceptionHandler(RejectedExecutionException.class)
    ResponseEntity<ProblemDetail> busy(RejectedExecutionException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "The server is busy",
                        "every analysis worker is taken and the queue is full — try again in a few seconds"));
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ProblemDetail> completion(CompletionException e, WebRequest request) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof NotFoundException nf) {
            return notFound(nf);
        }
        if (cause instanceof BadRequestException br) {
            return badRequest(br);
        }
        if (cause instanceof RejectedExecutionException re) {
            return busy(re);
        }
        return unexpected(cause);
    }

    @ExceptionHandler(DataDirectoryInUseException.class)
    ResponseEntity<ProblemDetail> dataDir(DataDirectoryInUseException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "The database is unavailable",
                        "the database is in use by another process — ask the administrator");
    }

    /** An answer with this status and a problem of that status, type, title and detail. */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, type, title, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> internal(Exception e) {
        return unexpected(e);
    }

    private ResponseEntity<ProblemDetail> unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("internal error {} (answered 500)", reference, e);
        ProblemDetail p = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "something went wrong inside vico; nothing was changed by this request. Give the administrator the"
                        + " reference " + reference + ".");
        p.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<BadRequestException.FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new BadRequestException.FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "invalid-fields", "Some fields are not valid",
                errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid: see 'errors'");
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Over the upload limit",
                "the upload is larger than the server accepts (" + limit(ex) + ") — send the CSV files zipped, or split"
                        + " the dataset; nothing was written");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(p);
    }

    private static String limit(MaxUploadSizeExceededException ex) {
        return ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() / (1024 * 1024) + " MB" : "see the server's settings";
    }

    /** The framework's own problems (bad JSON, wrong method, …) keep their status but never expose internals. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail p && p.getType().toString().equals("about:blank")) {
            p.setType(java.net.URI.create("urn:vico:problem:" + Map.of(400, "bad-request", 404, "not-found",
                    405, "method-not-allowed", 406, "not-acceptable", 415, "unsupported-media-type")
                    .getOrDefault(statusCode.value(), "http-" + statusCode.value())));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
