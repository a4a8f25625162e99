package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.vico.app.web.security.UserStore;
import nl.vico.app.web.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine;

/**
 * {@code vico serve} as a user starts it on a fresh machine: its own embedded database in an empty folder,
 * a generated administrator password printed once, the example imported, the page served.
 */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void serve_onAnEmptyDatabase_createsTheAdministrator_printsThePasswordOnce_andImportsTheExample() throws Exception {
        var command = new ServeCommand();
        new CommandLine(command).parseArgs("--port", "0", "--data-dir", data.resolve("neo4j").toString());
        var err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        var settings = command.settings();
        settings.put("vico.admin.password", ""); // even where VICO_ADMIN_PASSWORD is set: generate one
        try (var context = ServeCommand.start(settings)) {
            System.setErr(original);
            String printed = err.toString(StandardCharsets.UTF_8);
            var m = Pattern.compile("vico: {5}(\\S+)").matcher(printed);
            assertThat(m.find()).as(printed).isTrue();
            String password = m.group(1);
            assertThat(password).hasSize(24);
            var admin = context.getBean(UserStore.class).find("admin").orElseThrow();
            assertThat(context.getBean(PasswordEncoder.class).matches(password, admin.passwordHash())).isTrue();
            assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(password);
            assertThat(context.getBean(WorkspaceService.class).require("kanaalwijk").actors()).isPositive();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.html"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("<form id=\"login-form\"");
        } finally {
            System.setErr(original);
        }
        // a second start on the same database: accounts exist, so nothing is printed or imported again
        var again = new ByteArrayOutputStream();
        System.setErr(new PrintStream(again, true, StandardCharsets.UTF_8));
        try (var context = ServeCommand.start(settings)) {
            assertThat(again.toString(StandardCharsets.UTF_8)).doesNotContain("password");
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void serve_badPort_exits2_withoutStartingAnything() {
        Cli r = Cli.run("serve", "--port", "70000", "--data-dir", data.resolve("unused").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--port 70000");
        assertThat(data.resolve("unused")).doesNotExist();
    }

    @Test
    void serve_help_namesTheFirstStartAndTheOptions() {
        Cli r = Cli.run("serve", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--port", "--neo4j", "--data-dir", "VICO_ADMIN_PASSWORD");
    }
}
