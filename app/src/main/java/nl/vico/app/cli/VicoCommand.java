package nl.vico.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.embedded.DataDirectoryInUseException;
import nl.vico.importer.DatasetException;
import nl.vico.importer.neo4j.InvalidWorkspaceNameException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code vico}: the top command; every piece of work is a subcommand. */
@Command(name = "vico",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "vico (vital coalitions) maps the actors around a social tender (maatschappelijk aanbesteden)",
            "and tells whether a proposed consortium is a vital coalition or a power structure in disguise.",
            ""},
        footer = {"", "Exit codes: 0 ok, 2 bad input (nothing written), 1 internal error.",
            "Run 'vico COMMAND --help' for the options of a command."})
public final class VicoCommand implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Picocli reads a command's annotations when it is
     * registered, so {@link #execute} registers only the one a command line names (a tenth of a second less
     * at every start) and all of them for help, version and mistyped commands.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        var m = new LinkedHashMap<String, Class<?>>();
        m.put("import", ImportCommand.class);
        m.put("analyze", AnalyzeCommand.class);
        m.put("workspaces", WorkspacesCommand.class);
        m.put("demo", DemoCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("assess", AssessCommand.class);
        m.put("compare", CompareCommand.class);
        m.put("recommend", RecommendCommand.class);
        m.put("render", RenderCommand.class);
        m.put("export", ExportCommand.class);
        m.put("report", ReportCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; prints no stack trace unless {@code --debug}. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        var cmd = new CommandLine(new VicoCommand());
        String named = commandName(args);
        Class<?> only = named == null || named.equals("help") ? null : SUBCOMMANDS.get(named);
        if (only != null) {
            cmd.addSubcommand(named, only);
        } else {
            SUBCOMMANDS.forEach(cmd::addSubcommand);
        }
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true); // invalid input exits 2 (picocli USAGE), failures 1 (SOFTWARE)
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            boolean debugOn = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                    || hasDebug(parseResult);
            if (ex instanceof DatasetException de) {
                e.println("vico: the dataset has " + de.problems().size() + " problem"
                        + (de.problems().size() == 1 ? "" : "s") + "; nothing was written:");
                de.problems().forEach(p -> e.println("  " + p));
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof InvalidWorkspaceNameException || ex instanceof DataDirectoryInUseException) {
                e.println("vico: " + ex.getMessage());
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof UserInputException ue) {
                ue.lines().forEach(l -> e.println("vico: " + l));
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            e.println("vico: internal error: " + describe(ex));
            if (debugOn) {
                ex.printStackTrace(e);
            } else {
                e.println("vico: run again with --debug for the details, and report it if it persists.");
            }
            e.flush();
            return ExitCodes.INTERNAL;
        });
        return cmd.execute(args);
    }

    /** The first argument that is not an option of {@code vico} itself, or null. */
    private static String commandName(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
            if (!a.equals("--debug")) {
                return null; // --help, --version or an unknown option: register everything
            }
        }
        return null;
    }

    private static boolean hasDebug(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
