package nl.vico.app.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.vico.app.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Refusals of the security filters as RFC 9457 problems, like every other error of the API. */
final class ProblemResponses {
    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"vico\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Log in first",
                    e.getMessage() != null && e.getMessage().startsWith("the API token")
                            ? e.getMessage()
                            : "this needs an account: log in on the page, or send Authorization: Bearer <API token>");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> {
            boolean csrf = e instanceof org.springframework.security.web.csrf.CsrfException;
            write(json, response, HttpStatus.FORBIDDEN, csrf ? "csrf" : "forbidden", "Not allowed", csrf
                    ? "the request has no valid CSRF token — send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                            + " (the page does this), or use an API token"
                    : "your account's role does not allow this");
        };
    }

    /** 429 for a login refused by the {@link LoginThrottle}, with Retry-After in seconds. */
    static void tooManyLogins(ObjectMapper json, HttpServletResponse response, LoginThrottle.Refusal refusal)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        long seconds = refusal.retryAfterSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        long windowMinutes = Math.max(1, refusal.window().toMinutes());
        response.setHeader("Retry-After", String.valueOf(seconds));
        var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", "Too many failed logins",
                refusal.failures() + " failed logins " + (refusal.byName() ? "for this account name" : "from your address")
                        + " in the last " + windowMinutes + " minutes — wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                        + " and try again; if the password is forgotten, an administrator can set a new one");
        problem.setProperty("retry_after_seconds", seconds);
        write(json, response, problem);
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String type,
                              String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        write(json, response, Problems.of(status, type, title, detail));
    }

    private static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
