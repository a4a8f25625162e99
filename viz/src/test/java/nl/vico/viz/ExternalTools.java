package nl.vico.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs independent tools (Python with NetworkX, Graphviz) on exported files. A test that needs a tool
 * that is not installed is skipped (an assumption), not failed: CI installs them.
 */
public final class ExternalTools {
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path DOT = Path.of("/usr/bin/dot");

    private ExternalTools() {
    }

    /** Skips the test unless {@code /usr/bin/python3} can import the given modules. */
    public static void assumePython(String... modules) {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        for (String m : modules) {
            var r = run(List.of(PYTHON.toString(), "-c", "import " + m));
            Assumptions.assumeTrue(r.exit() == 0, "/usr/bin/python3 lacks " + m + " (apt-get install python3-" + m + ")");
        }
    }

    public static void assumeGraphviz() {
        Assumptions.assumeTrue(Files.isExecutable(DOT), "no Graphviz at /usr/bin/dot");
    }

    /** Runs a Python script with the given arguments ({@code sys.argv[1:]}); fails the test on a non-zero exit. */
    public static String python(String script, String... args) {
        var command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
        command.addAll(List.of(args));
        var r = run(command);
        assertThat(r.exit()).as("python failed:%n%s", r.stderr()).isZero();
        return r.stdout();
    }

    public record Result(int exit, String stdout, String stderr) {
    }

    public static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("vico-tool", ".out");
            Path err = Files.createTempFile("vico-tool", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
