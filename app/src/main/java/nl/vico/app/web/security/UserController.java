package nl.vico.app.web.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.importer.neo4j.WorkspaceNames;
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

/** Accounts, for administrators: create with a role and workspaces, change, delete. */
@RestController
@Tag(name = "accounts", description = "Accounts (administrators only)")
@RequestMapping("/api/users")
class UserController {
    static final int MIN_PASSWORD = 12;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final Access access;

    UserController(UserStore users, PasswordEncoder encoder, Access access) {
        this.users = users;
        this.encoder = encoder;
        this.access = access;
    }

    /** An account as shown: never its password hash. */
    record UserView(String name, String role, Set<String> workspaces, boolean residentNames) {
        static UserView of(VicoUser u) {
            return new UserView(u.name(), u.role().key(), u.workspaces(), u.residentNames());
        }
    }

    record NewUser(@NotBlank String name, @NotBlank @Size(min = MIN_PASSWORD, max = 200) String password,
                   @NotBlank String role, Set<String> workspaces, Boolean residentNames) {
    }

    record UserChange(@NotBlank String role, Set<String> workspaces, Boolean residentNames,
                      @Size(min = MIN_PASSWORD, max = 200) String password) {
    }

    @GetMapping
    List<UserView> list() {
        access.admin();
        return users.list().stream().map(UserView::of).toList();
    }

    @GetMapping("/{name}")
    UserView get(@PathVariable String name) {
        access.admin();
        return users.find(name).map(s -> UserView.of(s.user()))
                .orElseThrow(() -> new NotFoundException("there is no account " + name));
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser form) {
        access.admin();
        VicoUser user = user(form.name(), form.role(), form.workspaces(), form.residentNames());
        users.create(user, encoder.encode(form.password()));
        return ResponseEntity.created(URI.create("/api/users/" + user.name())).body(UserView.of(user));
    }

    @PutMapping("/{name}")
    UserView update(@PathVariable String name, @Valid @RequestBody UserChange form) {
        VicoUser me = access.admin();
        VicoUser user = user(name, form.role(), form.workspaces(), form.residentNames());
        if (me.name().equals(name) && user.role() != Role.ADMIN) {
            throw new BadRequestException("you cannot take away your own administrator role — let another administrator do it");
        }
        users.update(user);
        if (form.password() != null) {
            users.setPasswordHash(name, encoder.encode(form.password()));
        }
        return UserView.of(user);
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        VicoUser me = access.admin();
        if (me.name().equals(name)) {
            throw new BadRequestException("you cannot delete your own account — let another administrator do it");
        }
        users.delete(name);
        return ResponseEntity.noContent().build();
    }

    private static VicoUser user(String name, String roleText, Set<String> workspaces, Boolean residentNames) {
        Role role = Role.parse(roleText).orElseThrow(() -> new BadRequestException("unknown role " + roleText
                + " — give viewer, analyst or admin", List.of(new BadRequestException.FieldProblem("role", "viewer, analyst or admin"))));
        Set<String> ws = workspaces == null ? Set.of() : workspaces;
        ws.forEach(WorkspaceNames::requireValid);
        try {
            return new VicoUser(name, role, ws, residentNames != null && residentNames);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
