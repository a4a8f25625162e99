package nl.vico.app.web.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in account: who it is, its password, and its API tokens for scripts. */
@RestController
@Tag(name = "me", description = "The logged-in account and its API tokens")
@RequestMapping("/api/me")
class MeController {
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final Access access;

    MeController(UserStore users, PasswordEncoder encoder, Access access) {
        this.users = users;
        this.encoder = encoder;
        this.access = access;
    }

    record Me(String name, String role, Set<String> workspaces, boolean residentNames) {
    }

    record PasswordChange(@NotBlank String current, @NotBlank @Size(min = UserController.MIN_PASSWORD, max = 200) String password) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    /** A token just made: {@code token} is shown this once and stored only as a hash. */
    record CreatedToken(String id, String name, Instant createdAt, String token) {
    }

    @GetMapping
    Me me() {
        VicoUser u = access.user();
        return new Me(u.name(), u.role().key(), u.workspaces(), u.seesResidentNames());
    }

    @PutMapping("/password")
    ResponseEntity<Void> password(@Valid @RequestBody PasswordChange change) {
        VicoUser u = access.user();
        var stored = users.find(u.name()).orElseThrow();
        if (!encoder.matches(change.current(), stored.passwordHash())) {
            throw new BadRequestException("the current password is not right — nothing was changed",
                    List.of(new BadRequestException.FieldProblem("current", "not your current password")));
        }
        users.setPasswordHash(u.name(), encoder.encode(change.password()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    List<UserStore.ApiToken> tokens() {
        return users.tokens(access.user().name());
    }

    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> createToken(@Valid @RequestBody NewToken form) {
        VicoUser u = access.user();
        String token = ApiTokens.generate();
        var t = users.createToken(u.name(), form.name().strip(), ApiTokens.hash(token));
        return ResponseEntity.created(URI.create("/api/me/tokens/" + t.id()))
                .body(new CreatedToken(t.id(), t.name(), t.createdAt(), token));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> deleteToken(@PathVariable String id) {
        if (!users.deleteToken(access.user().name(), id)) {
            throw new NotFoundException("you have no token " + id + " — list them with GET /api/me/tokens");
        }
        return ResponseEntity.noContent().build();
    }
}
