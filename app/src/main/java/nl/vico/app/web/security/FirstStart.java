package nl.vico.app.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.vico.app.web.VicoProperties;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.importer.DatasetReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first start of a server on a database without accounts: creates the administrator (password from
 * {@code vico.admin.password} / {@code VICO_ADMIN_PASSWORD}, or generated and printed once to stderr,
 * never logged), and, when the database holds no workspace yet, imports the bundled example
 * neighbourhood so that the page has something to show.
 */
@Component
class FirstStart implements ApplicationRunner {
    static final String EXAMPLE = "kanaalwijk";
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final WorkspaceService workspaces;
    private final VicoProperties properties;
    private final PrintStream console;

    @Autowired
    FirstStart(UserStore users, PasswordEncoder encoder, WorkspaceService workspaces, VicoProperties properties) {
        this(users, encoder, workspaces, properties, new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    FirstStart(UserStore users, PasswordEncoder encoder, WorkspaceService workspaces, VicoProperties properties,
               PrintStream console) {
        this.users = users;
        this.encoder = encoder;
        this.workspaces = workspaces;
        this.properties = properties;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (users.count() > 0) {
            return;
        }
        String name = properties.admin().name();
        String password = properties.admin().password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = ApiTokens.password();
        } else if (password.length() < UserController.MIN_PASSWORD) {
            throw new nl.vico.app.UserInputException("VICO_ADMIN_PASSWORD is shorter than " + UserController.MIN_PASSWORD
                    + " characters — give a longer one, or leave it unset to have one generated");
        }
        users.create(new VicoUser(name, Role.ADMIN, Set.of(), true), encoder.encode(password));
        if (generated) {
            console.println("vico: first start — created the administrator account '" + name + "' with the password");
            console.println("vico:     " + password);
            console.println("vico: it is shown only this once: log in and keep it safe (or set VICO_ADMIN_PASSWORD next time).");
        }
        if (properties.example() && workspaces.list().isEmpty()) {
            importExample();
            console.println("vico: imported the example neighbourhood into workspace '" + EXAMPLE + "'.");
        }
    }

    private void importExample() throws IOException {
        Path tmp = Files.createTempDirectory("vico-example");
        try {
            Path dir = Files.createDirectory(tmp.resolve(EXAMPLE));
            for (String f : DatasetReader.FILES) {
                try (InputStream in = FirstStart.class.getResourceAsStream("/examples/" + EXAMPLE + "/" + f)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(f));
                    }
                }
            }
            workspaces.replace(EXAMPLE, DatasetReader.read(dir));
        } finally {
            WorkspaceService.deleteTree(tmp);
        }
    }
}
