package nl.vico.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates scripts by {@code Authorization: Bearer vico_…}: the token's hash is looked up among the
 * stored ones. A request with a Bearer header that does not match is refused at once (401), never
 * treated as anonymous. Such requests carry no cookie, so they need no CSRF token.
 */
final class ApiTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final UserStore users;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(UserStore users, AuthenticationEntryPoint entryPoint) {
        this.users = users;
        this.entryPoint = entryPoint;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String h = request.getHeader(HttpHeaders.AUTHORIZATION);
        return h != null && h.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /**
     * Also on the second dispatch of an asynchronous answer (the analysis, exports, the assessment): that dispatch
     * is authorised again, and a request with a token has no session to carry its account over.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        var user = token.startsWith(ApiTokens.PREFIX) && token.length() < 200
                ? users.findByTokenHash(ApiTokens.hash(token)) : java.util.Optional.<VicoUser>empty();
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException(
                    "the API token is not valid (revoked, or mistyped) — make a new one with POST /api/me/tokens"));
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.get().name(), null,
                List.of(new SimpleGrantedAuthority(user.get().role().authority())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
