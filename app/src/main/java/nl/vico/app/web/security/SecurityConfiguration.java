package nl.vico.app.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what: the page logs in with a form and keeps a session (cookie {@code SameSite=Strict}),
 * every change it makes carries a CSRF token from the {@code XSRF-TOKEN} cookie; scripts send an API
 * token as {@code Authorization: Bearer} and need no CSRF token. Roles are {@link Role}s, and per-workspace
 * membership is checked by {@link Access} in each request. Refusals of the API are {@code ProblemDetail}s;
 * the page sends a browser that is not logged in to the login page.
 *
 * <p>Failed logins are counted per account name and client address ({@link LoginThrottle}); over the limit,
 * the login answers 429 with {@code Retry-After} until the window has passed.
 *
 * <p>Headers: a Content-Security-Policy without inline scripts and {@code frame-ancestors 'none'},
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
    private static final String USERNAME = "username";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** The HTML report is a self-contained page with its own style sheet and no script at all. */
    static final String CSP_REPORT = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'none'";
    /** Swagger UI sets inline styles on its elements; it gets them, and still no inline script. */
    static final String CSP_API_PAGE = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, UserStore users, ObjectMapper json, LoginThrottle throttle)
            throws Exception {
        var unauthorized = ProblemResponses.unauthorized(json);
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), PathPatternRequestMatcher.withDefaults().matcher("/v3/**"));
        RequestMatcher apiPage = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        RequestMatcher report = PathPatternRequestMatcher.withDefaults().matcher("/api/workspaces/*/report");
        var csrfRepository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfRepository.setCookieCustomizer(c -> c.sameSite("Strict").path("/"));
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login.html", "/css/**", "/js/login.js", "/js/i18n.js", "/favicon.svg", "/error")
                        .permitAll()
                        .requestMatchers("/api/users/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login.html").loginProcessingUrl("/login")
                        .successHandler(counted(throttle)).failureHandler(counted(throttle, "/login.html?error"))
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
                .httpBasic(b -> b.disable())
                // after logging in the page always opens at "/": no request to remember, and no session for a refused API call
                .requestCache(c -> c.disable())
                .csrf(c -> c.csrfTokenRepository(csrfRepository)
                        // the token is never written into a page, so it needs no BREACH masking
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(ApiTokenFilter::hasBearer))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new ApiTokenFilter(users, unauthorized), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(unauthorized, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .headers(h -> h
                        // one policy per request: the API page and the report get theirs instead of the page's
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(apiPage, report)), csp(CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiPage, csp(CSP_API_PAGE)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(report, csp(CSP_REPORT)))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** After a login: the account's count of failures starts again; the page opens at "/". */
    private static AuthenticationSuccessHandler counted(LoginThrottle throttle) {
        var target = new SimpleUrlAuthenticationSuccessHandler("/");
        target.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            throttle.succeeded(request.getParameter(USERNAME));
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** After a failed login: counted for the name and the client, then back to the login page. */
    private static AuthenticationFailureHandler counted(LoginThrottle throttle, String failureUrl) {
        var target = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (request, response, exception) -> {
            throttle.failed(request.getParameter(USERNAME), request.getRemoteAddr());
            target.onAuthenticationFailure(request, response, exception);
        };
    }

    /** Refuses a login attempt (429) while its name or client is over the {@link LoginThrottle}'s limit. */
    private static final class LoginThrottleFilter extends OncePerRequestFilter {
        private final LoginThrottle throttle;
        private final ObjectMapper json;

        LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
            this.throttle = throttle;
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var refusal = throttle.check(request.getParameter(USERNAME), request.getRemoteAddr());
            if (refusal.isPresent()) {
                ProblemResponses.tooManyLogins(json, response, refusal.get());
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static ContentSecurityPolicyHeaderWriter csp(String policy) {
        return new ContentSecurityPolicyHeaderWriter(policy);
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_ANALYST\nROLE_ANALYST > ROLE_VIEWER");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return name -> users.find(name)
                .map(s -> User.withUsername(s.user().name()).password(s.passwordHash())
                        .authorities(List.of(new SimpleGrantedAuthority(s.user().role().authority()))).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Loads the CSRF token on every request, so the {@code XSRF-TOKEN} cookie is there for the page's scripts. */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
